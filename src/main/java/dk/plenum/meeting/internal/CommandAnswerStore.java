package dk.plenum.meeting.internal;

import com.mongodb.WriteConcern;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The answers to commands sent with an {@code Idempotency-Key}, one document per account and key, so a
 * retry gets the first answer back. Written without waiting for the journal, like the projections: the
 * command's event carries the key durably, and a meeting command whose answer was lost in a crash is
 * answered again from the log.
 */
@Component
public class CommandAnswerStore {

    /** The first answer to a keyed command, as it was sent. */
    public record Answer(String requestHash, int status, String contentType, String location, byte[] body) {
    }

    /** How long a key's answer is kept. */
    public static final Duration KEPT = Duration.ofHours(24);

    private static final String COLLECTION = "command_answers";
    private static final Duration SWEEP_INTERVAL = Duration.ofHours(1);

    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    private final MongoTemplate mongo;

    CommandAnswerStore(MongoTemplate mongo) {
        this.mongo = new MongoTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter());
        this.mongo.setWriteConcern(WriteConcern.W1.withJournal(false));
    }

    /** The answer given to this key within the last {@link #KEPT}, if any. */
    public Optional<Answer> find(String scopedKey) {
        // By _id alone, the age checked here: the embedded store uses an index only for a query on exactly its fields,
        // and with the time in the query every command read every answer kept (a day's) (docs/benchmarks.md).
        Document stored = mongo.findById(scopedKey, Document.class, COLLECTION);
        if (stored == null || !stored.get("at", Date.class).toInstant().isAfter(Instant.now().minus(KEPT))) {
            return Optional.empty();
        }
        return Optional.of(new Answer(stored.getString("requestHash"), stored.getInteger("status"),
                stored.getString("contentType"), stored.getString("location"),
                stored.get("body", Binary.class).getData()));
    }

    /** Keeps the answer, replacing one kept for this key more than {@link #KEPT} ago. */
    public void save(String scopedKey, Answer answer) {
        forgetExpiredHourly();
        Document stored = new Document("_id", scopedKey)
                .append("requestHash", answer.requestHash())
                .append("status", answer.status())
                .append("contentType", answer.contentType())
                .append("location", answer.location())
                .append("body", new Binary(answer.body()))
                .append("at", Instant.now());
        mongo.save(stored, COLLECTION);
    }

    /**
     * Deletes the answers kept longer than {@link #KEPT}, at most once an hour, from the command path (a scan of
     * the collection: the embedded store keeps no secondary index), so the collection holds about a day of keys.
     */
    private void forgetExpiredHourly() {
        Instant now = Instant.now();
        Instant last = lastSweep.get();
        if (last.plus(SWEEP_INTERVAL).isBefore(now) && lastSweep.compareAndSet(last, now)) {
            forgetExpired(now);
        }
    }

    /** Deletes every answer kept longer than {@link #KEPT} before {@code now}; returns how many. */
    long forgetExpired(Instant now) {
        return mongo.remove(new Query(Criteria.where("at").lte(now.minus(KEPT))), COLLECTION).getDeletedCount();
    }
}
