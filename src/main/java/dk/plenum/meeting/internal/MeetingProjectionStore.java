package dk.plenum.meeting.internal;

import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
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
 */
@Component
public class MeetingProjectionStore {

    static final String COLLECTION = "meetings";
    static final WriteConcern CATCH_UP_FROM_THE_LOG = WriteConcern.W1.withJournal(false);

    private static final DocumentCodec DOCUMENTS = new DocumentCodec(MongoClientSettings.getDefaultCodecRegistry());

    private final MongoTemplate mongo;

    MeetingProjectionStore(MongoTemplate mongo) {
        this.mongo = new MongoTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter());
        this.mongo.setWriteConcern(CATCH_UP_FROM_THE_LOG);
    }

    /**
     * Writes the projection unless a newer one is already stored: projections never move backwards. One
     * round trip on every command: the upsert finds no older projection when a newer one is there, tries to
     * insert, and the {@code _id} index refuses it.
     */
    public void save(Meeting meeting) {
        save(encode(meeting));
    }

    /** Saves the document {@link #encode} made, unless a newer projection of the meeting is stored already. */
    public void save(Encoded encoded) {
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
        Query all = new Query();
        all.fields().include("lastSeq");
        return mongo.find(all, Document.class, COLLECTION).stream().collect(Collectors.toMap(
                stored -> stored.getString("_id"), stored -> ((Number) stored.get("lastSeq")).longValue()));
    }

    public Optional<Meeting> find(String meetingId) {
        return Optional.ofNullable(mongo.findById(meetingId, Meeting.class, COLLECTION));
    }

    public List<Meeting> findAll() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "startsAt")), Meeting.class, COLLECTION);
    }

    /** The meetings whose status is one of {@code statuses}. */
    public List<Meeting> findWithStatus(Set<MeetingStatus> statuses) {
        return mongo.find(new Query(Criteria.where("status").in(statuses.stream().map(Enum::name).toList())),
                Meeting.class, COLLECTION);
    }

    public boolean exists(String councilId, Instant startsAt) {
        return mongo.exists(new Query(Criteria.where("councilId").is(councilId).and("startsAt").is(startsAt)),
                COLLECTION);
    }
}
