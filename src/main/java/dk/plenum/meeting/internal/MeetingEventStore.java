package dk.plenum.meeting.internal;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import dk.plenum.meeting.CommandKey;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The append-only event log, one document per event. The {@code _id} is the meeting id plus the
 * zero-padded sequence number, so the always-present {@code _id} index both serves range reads and
 * makes a second append with the same sequence number fail with a duplicate key: the optimistic lock.
 * <p>
 * The event that puts a meeting at a start time (its first, or a move) also takes its council's slot at that
 * time ({@code councilSlot}, under a unique index), in the same single-document insert: of two meetings racing
 * onto one time, one insert fails and nothing of the other is stored. When a meeting moves on or is cancelled,
 * its earlier event gives its slot up ({@link #releaseSlotsBefore}); a slot left on an earlier event by a process
 * that died in between is given up by whoever next wants it ({@link #release}).
 */
@Component
public class MeetingEventStore {

    private final MongoTemplate mongo;
    private final MeetingEventDocuments documents;

    /** The event that a client's command key produced: which meeting, which seq, and what was asked. */
    public record KeyedEvent(String meetingId, long seq, String requestHash) {
    }

    /** The stored event that holds a council's start time, and its meeting. */
    public record SlotHolder(String eventId, String meetingId) {
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
        // Sparse: only the event that put a meeting at its current time has one (and none stored before it was
        // added, so an existing log with twins still starts). Unique: one meeting per council and start time.
        mongo.indexOps(MeetingEventDocuments.COLLECTION)
                .createIndex(new Index(COUNCIL_SLOT, Sort.Direction.ASC).unique().sparse());
    }

    /** Stores the event; throws {@link org.springframework.dao.DuplicateKeyException} if its seq is taken. */
    public void append(MeetingEvent event) {
        append(event, null, null);
    }

    /**
     * Stores the event with the client's command key, if any, taking the council's start time {@code slot} (see
     * {@link #slotOf}) if it is not null; throws {@link org.springframework.dao.DuplicateKeyException} if its seq,
     * its key or its slot is taken.
     */
    public void append(MeetingEvent event, CommandKey key, String slot) {
        Document stored = stored(event, key);
        if (slot != null) {
            stored.append(COUNCIL_SLOT, slot);
        }
        mongo.insert(stored, MeetingEventDocuments.COLLECTION);
    }

    /**
     * Stores the events, in order, in one insert (one commit of the store's journal): the first whose seq or key is
     * taken stops it, and those before it are stored. None of them may take a slot.
     *
     * @param keys each event's command key, or null, in the events' order
     * @return how many of the events, from the first, are stored
     */
    public int appendInOrder(List<MeetingEvent> events, List<CommandKey> keys) {
        List<Document> stored = IntStream.range(0, events.size()).mapToObj(i -> stored(events.get(i), keys.get(i)))
                .toList();
        return mongo.execute(MeetingEventDocuments.COLLECTION, collection -> {
            try {
                collection.insertMany(stored, new InsertManyOptions().ordered(true));
                return stored.size();
            } catch (MongoBulkWriteException stoppedAt) {
                BulkWriteError first = stoppedAt.getWriteErrors().getFirst();
                if (ErrorCategory.fromErrorCode(first.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw stoppedAt;
                }
                return first.getIndex();
            }
        });
    }

    private Document stored(MeetingEvent event, CommandKey key) {
        Document stored = new Document("_id", eventId(event.meetingId(), event.seq()));
        stored.putAll(documents.write(event));
        if (key != null) {
            stored.append(IDEMPOTENCY_KEY, key.scopedKey()).append(REQUEST_HASH, key.requestHash());
        }
        return stored;
    }

    /** The council's start time that the meeting holds: none once it is cancelled. */
    public static String slotOf(Meeting meeting) {
        return meeting == null || meeting.status() == MeetingStatus.CANCELLED ? null
                : meeting.councilId() + " " + meeting.startsAt();
    }

    /** The event holding the slot now, if one does. */
    public Optional<SlotHolder> holderOf(String slot) {
        Query bySlot = new Query(Criteria.where(COUNCIL_SLOT).is(slot));
        bySlot.fields().include("meetingId");
        return Optional.ofNullable(mongo.findOne(bySlot, Document.class, MeetingEventDocuments.COLLECTION))
                .map(stored -> new SlotHolder(stored.getString("_id"), stored.getString("meetingId")));
    }

    /**
     * That event gives up its slot, if it still holds it: only that event, so that a later event of the same
     * meeting that took the slot again in the meantime keeps it.
     */
    public void release(SlotHolder holder, String slot) {
        Query stillHeld = new Query(Criteria.where("_id").is(holder.eventId()).and(COUNCIL_SLOT).is(slot));
        mongo.updateFirst(stillHeld, new Update().unset(COUNCIL_SLOT), MeetingEventDocuments.COLLECTION);
    }

    /** The meeting's events before {@code seq} give up their slots: the event at {@code seq} moved or cancelled it. */
    public void releaseSlotsBefore(String meetingId, long seq) {
        Query earlierHolders = new Query(Criteria.where("_id").gt(eventId(meetingId, 0)).lt(eventId(meetingId, seq))
                .and(COUNCIL_SLOT).exists(true));
        mongo.updateMulti(earlierHolders, new Update().unset(COUNCIL_SLOT), MeetingEventDocuments.COLLECTION);
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
