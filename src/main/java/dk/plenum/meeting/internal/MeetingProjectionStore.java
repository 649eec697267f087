package dk.plenum.meeting.internal;

import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The meeting projections, one document per meeting, each carrying the seq of the last event applied.
 * <p>
 * A projection is written without waiting for the store's journal ({@code j: false}): the event it
 * follows is already durable, and a projection lost in a crash is caught up from the log by the next
 * {@code MeetingJournal.find}. That leaves one journal wait per command instead of two.
 * <p>
 * A command's projection is saved behind it ({@link #saveSoon}), at most once a {@link #SAVE_DELAY} per meeting:
 * a meeting taking 25 decisions a second stores its whole projection once a second instead of 25 times
 * (decision 0027). Every read here sees what is waiting (a meeting's read takes it, the lists save it first), so
 * this instance reads its own writes; another instance reads a projection up to that delay old, and commands never
 * read it unless the log is read after it.
 */
@Component
public class MeetingProjectionStore {

    static final String COLLECTION = "meetings";
    static final WriteConcern CATCH_UP_FROM_THE_LOG = WriteConcern.W1.withJournal(false);
    /** How long a changed projection may wait to be saved: the changes of that time are saved as one. */
    public static final Duration SAVE_DELAY = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(MeetingProjectionStore.class);
    private static final DocumentCodec DOCUMENTS = new DocumentCodec(MongoClientSettings.getDefaultCodecRegistry());

    private final MongoTemplate mongo;
    /** The newest projection of each meeting not yet saved. */
    private final Map<String, Encoded> unsaved = new ConcurrentHashMap<>();
    /** Held while a waiting projection is saved, so that a read finds it stored, not in neither place. */
    private final ReentrantLock saving = new ReentrantLock();
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("projection-saver").daemon().factory());

    MeetingProjectionStore(MongoTemplate mongo) {
        this.mongo = new MongoTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter());
        this.mongo.setWriteConcern(CATCH_UP_FROM_THE_LOG);
    }

    /**
     * Saves the projection within {@link #SAVE_DELAY}, together with any newer one of the same meeting given
     * meanwhile. For a projection whose event is stored already: a crash before the save loses nothing the log
     * does not have.
     */
    public void saveSoon(Encoded encoded) {
        boolean[] firstWaiting = {false};
        unsaved.compute(encoded.meeting().id(), (meetingId, waiting) -> {
            firstWaiting[0] = waiting == null;
            return waiting == null || encoded.meeting().lastSeq() > waiting.meeting().lastSeq() ? encoded : waiting;
        });
        if (firstWaiting[0]) {
            try {
                saver.schedule(() -> saveWaitingLogged(encoded.meeting().id()), SAVE_DELAY.toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                // saved by the shutdown's last save, or caught up from the log at the next start
            }
        }
    }

    private void saveWaitingLogged(String meetingId) {
        try {
            saveWaiting(meetingId);
        } catch (RuntimeException storeFailed) {
            log.warn("Meeting {}'s projection was not saved; it is tried again: {}", meetingId, storeFailed.toString());
        }
    }

    /** Saves the meeting's waiting projection, if any; one that cannot be saved waits again. */
    private void saveWaiting(String meetingId) {
        saving.lock();
        try {
            Encoded waiting = unsaved.remove(meetingId);
            if (waiting != null) {
                try {
                    save(waiting);
                } catch (RuntimeException storeFailed) {
                    saveSoon(waiting);
                    throw storeFailed;
                }
            }
        } finally {
            saving.unlock();
        }
    }

    /** Before a read: every projection this instance has changed is in the store. */
    private void saveAllWaiting() {
        unsaved.keySet().forEach(this::saveWaiting);
    }

    /** What waits is saved before the application's store closes (a crash's is caught up from the log). */
    @PreDestroy
    void saveWaitingOnShutdown() {
        saver.shutdownNow();
        try {
            saveAllWaiting();
        } catch (RuntimeException storeGone) {
            log.info("Projections not saved on shutdown; the next start catches them up from the log: {}",
                    storeGone.toString());
        }
    }

    /**
     * Writes the projection now unless a newer one is already stored: projections never move backwards. One
     * round trip: the upsert finds no older projection when a newer one is there, tries to insert, and the
     * {@code _id} index refuses it.
     */
    private void save(Encoded encoded) {
        Meeting meeting = encoded.meeting();
        Query older = new Query(Criteria.where("_id").is(meeting.id()).and("lastSeq").lt(meeting.lastSeq()));
        try {
            mongo.replace(older, encoded.document(), ReplaceOptions.replaceOptions().upsert(), COLLECTION);
        } catch (DuplicateKeyException newerAlreadyStored) {
            // another command or instance got further first; its projection stands
        }
    }

    /**
     * The projection as the stored document and its size in bytes (MongoDB refuses documents over 16 MiB):
     * a command measures it against the limits and then saves this same document, converting the meeting once.
     */
    public Encoded encode(Meeting meeting) {
        Document stored = new Document();
        mongo.getConverter().write(meeting, stored);
        return new Encoded(meeting, stored, new RawBsonDocument(stored, DOCUMENTS).getByteBuffer().remaining());
    }

    /** A meeting with its stored document, and that document's size in bytes. */
    public record Encoded(Meeting meeting, Document document, int size) {
    }

    /** Every stored projection's id with the seq of the last event it applied. */
    public Map<String, Long> lastSeqs() {
        saveAllWaiting();
        Query all = new Query();
        all.fields().include("lastSeq");
        return mongo.find(all, Document.class, COLLECTION).stream().collect(Collectors.toMap(
                stored -> stored.getString("_id"), stored -> ((Number) stored.get("lastSeq")).longValue()));
    }

    /**
     * The newer of the stored projection and the one waiting to be saved. Answered without saving: this runs for every
     * view opened and live snapshot, and a save here made each of those a write under the savers' lock.
     */
    public Optional<Meeting> find(String meetingId) {
        Meeting stored = mongo.findById(meetingId, Meeting.class, COLLECTION);
        Encoded waiting = unsaved.get(meetingId);
        return Optional.ofNullable(waiting != null && (stored == null || waiting.meeting().lastSeq() > stored.lastSeq())
                ? waiting.meeting() : stored);
    }

    public List<Meeting> findAll() {
        saveAllWaiting();
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "startsAt")), Meeting.class, COLLECTION);
    }

    /** The meetings whose status is one of {@code statuses}. */
    public List<Meeting> findWithStatus(Set<MeetingStatus> statuses) {
        saveAllWaiting();
        return mongo.find(new Query(Criteria.where("status").in(statuses.stream().map(Enum::name).toList())),
                Meeting.class, COLLECTION);
    }

    public boolean exists(String councilId, Instant startsAt) {
        saveAllWaiting();
        return mongo.exists(new Query(Criteria.where("councilId").is(councilId).and("startsAt").is(startsAt)),
                COLLECTION);
    }
}
