package dk.plenum.meeting.internal;

import dk.plenum.meeting.CommandKey;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingScheduled;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The append-only event log, one document per event. The {@code _id} is the meeting id plus the
 * zero-padded sequence number, so the always-present {@code _id} index both serves range reads and
 * makes a second append with the same sequence number fail with a duplicate key: the optimistic lock.
 * A meeting's first event also takes its council's start time, so that two imports racing past the
 * "already imported?" check cannot both open a meeting there.
 */
@Component
public class MeetingEventStore {

    private final MongoTemplate mongo;
    private final MeetingEventDocuments documents;

    /** The event that a client's command key produced: which meeting, which seq, and what was asked. */
    public record KeyedEvent(String meetingId, long seq, String requestHash) {
    }

    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final String REQUEST_HASH = "requestHash";
    static final String COUNCIL_SLOT = "councilSlot";

    MeetingEventStore(MongoTemplate mongo, MeetingEventDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // Sparse: most events have no key. Unique: two events can never carry the same key, so the key is
        // recorded in the same single-document write as the event it produced.
        mongo.indexOps(MeetingEventDocuments.COLLECTION)
                .createIndex(new Index(IDEMPOTENCY_KEY, Sort.Direction.ASC).unique().sparse());
        // Sparse: only a meeting's first event has one (and none stored before it was added, so an existing log
        // with twins still starts). Unique: one meeting per council and start time.
        mongo.indexOps(MeetingEventDocuments.COLLECTION)
                .createIndex(new Index(COUNCIL_SLOT, Sort.Direction.ASC).unique().sparse());
    }

    /** Stores the event; throws {@link org.springframework.dao.DuplicateKeyException} if its seq is taken. */
    public void append(MeetingEvent event) {
        append(event, null);
    }

    /**
     * Stores the event with the client's command key, if any; throws
     * {@link org.springframework.dao.DuplicateKeyException} if its seq or its key is taken, or if it opens a
     * meeting at a start time the council already has one at.
     */
    public void append(MeetingEvent event, CommandKey key) {
        Document stored = new Document("_id", eventId(event.meetingId(), event.seq()));
        stored.putAll(documents.write(event));
        if (key != null) {
            stored.append(IDEMPOTENCY_KEY, key.scopedKey()).append(REQUEST_HASH, key.requestHash());
        }
        if (event.change() instanceof MeetingScheduled scheduled) {
            stored.append(COUNCIL_SLOT, scheduled.councilId() + " " + scheduled.startsAt());
        }
        mongo.insert(stored, MeetingEventDocuments.COLLECTION);
    }

    /** The event a command with this key appended, if one did. */
    public Optional<KeyedEvent> findByKey(String scopedKey) {
        Query byKey = new Query(Criteria.where(IDEMPOTENCY_KEY).is(scopedKey));
        byKey.fields().include("meetingId", "seq", REQUEST_HASH);
        return Optional.ofNullable(mongo.findOne(byKey, Document.class, MeetingEventDocuments.COLLECTION))
                .map(stored -> new KeyedEvent(stored.getString("meetingId"), stored.getLong("seq"),
                        stored.getString(REQUEST_HASH)));
    }

    /** The meeting's events up to and including {@code seq}, in order. */
    public List<MeetingEvent> upTo(String meetingId, long seq) {
        Criteria thisMeetingUpTo = Criteria.where("_id").gt(eventId(meetingId, 0)).lte(eventId(meetingId, seq));
        return mongo.find(new Query(thisMeetingUpTo).with(Sort.by("_id")), Document.class,
                MeetingEventDocuments.COLLECTION).stream().map(documents::read).toList();
    }

    /** Every meeting's id with the seq of its last event: what each projection must have reached. */
    public Map<String, Long> lastSeqOfEveryMeeting() {
        Aggregation lastSeqs = Aggregation.newAggregation(Aggregation.group("meetingId").max("seq").as("lastSeq"));
        return mongo.aggregate(lastSeqs, MeetingEventDocuments.COLLECTION, Document.class).getMappedResults()
                .stream().collect(Collectors.toMap(result -> result.getString("_id"),
                        result -> ((Number) result.get("lastSeq")).longValue()));
    }

    public List<MeetingEvent> after(String meetingId, long seq) {
        Criteria laterOfThisMeeting = Criteria.where("_id").gt(eventId(meetingId, seq))
                .lte(eventId(meetingId, Long.MAX_VALUE));
        Query range = new Query(laterOfThisMeeting).with(Sort.by("_id"));
        return mongo.find(range, Document.class, MeetingEventDocuments.COLLECTION).stream()
                .map(documents::read).toList();
    }

    static String eventId(String meetingId, long seq) {
        return meetingId + ":" + String.format("%019d", seq);
    }
}
