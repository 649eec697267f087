package dk.plenum.meeting.internal;

import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingEventDocuments;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    private final MongoTemplate mongo;
    private final MeetingEventDocuments documents;

    MeetingEventStore(MongoTemplate mongo, MeetingEventDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    /** Stores the event; throws {@link org.springframework.dao.DuplicateKeyException} if its seq is taken. */
    public void append(MeetingEvent event) {
        Document stored = new Document("_id", eventId(event.meetingId(), event.seq()));
        stored.putAll(documents.write(event));
        mongo.insert(stored, MeetingEventDocuments.COLLECTION);
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
