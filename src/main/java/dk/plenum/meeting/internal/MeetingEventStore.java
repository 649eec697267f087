package dk.plenum.meeting.internal;

import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The append-only event log, one document per event. The {@code _id} is the meeting id plus the
 * zero-padded sequence number, so the always-present {@code _id} index both serves range reads and
 * makes a second append with the same sequence number fail with a duplicate key: the optimistic lock.
 */
@Component
public class MeetingEventStore {

    static final String COLLECTION = "meeting_events";

    private static final Map<String, Class<? extends MeetingChange>> CHANGE_TYPES = changeTypes();

    private final MongoTemplate mongo;
    private final MongoConverter converter;

    MeetingEventStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.converter = mongo.getConverter();
    }

    /** Stores the event; throws {@link org.springframework.dao.DuplicateKeyException} if its seq is taken. */
    public void append(MeetingEvent event) {
        Document payload = new Document();
        converter.write(event.change(), payload);
        payload.remove("_class");
        Document stored = new Document("_id", eventId(event.meetingId(), event.seq()))
                .append("meetingId", event.meetingId())
                .append("seq", event.seq())
                .append("type", event.type())
                .append("at", event.at())
                .append("actor", event.actor())
                .append("payload", payload);
        mongo.insert(stored, COLLECTION);
    }

    public List<MeetingEvent> after(String meetingId, long seq) {
        Criteria laterOfThisMeeting = Criteria.where("_id").gt(eventId(meetingId, seq))
                .lte(eventId(meetingId, Long.MAX_VALUE));
        Query range = new Query(laterOfThisMeeting).with(Sort.by("_id"));
        return mongo.find(range, Document.class, COLLECTION).stream().map(this::toEvent).toList();
    }

    private MeetingEvent toEvent(Document stored) {
        String type = stored.getString("type");
        Class<? extends MeetingChange> changeType = CHANGE_TYPES.get(type);
        if (changeType == null) {
            throw new IllegalStateException("Unknown event type " + type + " in " + stored.get("_id"));
        }
        MeetingChange change = converter.read(changeType, stored.get("payload", Document.class));
        return new MeetingEvent(stored.getString("meetingId"), stored.getLong("seq"),
                stored.getDate("at").toInstant(), stored.getString("actor"), change);
    }

    static String eventId(String meetingId, long seq) {
        return meetingId + ":" + String.format("%019d", seq);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends MeetingChange>> changeTypes() {
        return Arrays.stream(MeetingChange.class.getPermittedSubclasses())
                .map(type -> (Class<? extends MeetingChange>) type)
                .collect(Collectors.toUnmodifiableMap(MeetingChange::typeOf, Function.identity()));
    }
}
