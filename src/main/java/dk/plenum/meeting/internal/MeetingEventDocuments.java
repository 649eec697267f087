package dk.plenum.meeting.internal;

import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

/**
 * The stored form of a {@link MeetingEvent}: one document in {@value #COLLECTION}, read the same way by the
 * journal and by the watch on other instances' events, which tells the events this instance wrote from theirs.
 * Public for the event-log compatibility test; other modules see only {@link MeetingEvent}.
 */
@Component
public class MeetingEventDocuments {

    public static final String COLLECTION = "meeting_events";

    private static final Map<String, Class<? extends MeetingChange>> CHANGE_TYPES = changeTypes();
    /** Events stored before payloads carried a version are of version 1. */
    private static final int FIRST_VERSION = 1;

    private final MongoConverter converter;
    /** Stamped on every event this instance appends; new on every start, so only live instances matter. */
    private final String origin = UUID.randomUUID().toString();

    MeetingEventDocuments(MongoTemplate mongo) {
        this.converter = mongo.getConverter();
    }

    /** The document to insert, without its {@code _id}, stamped with this instance as its origin. */
    public Document write(MeetingEvent event) {
        Document payload = new Document();
        converter.write(event.change(), payload);
        payload.remove("_class");
        return new Document("meetingId", event.meetingId())
                .append("seq", event.seq())
                .append("type", event.type())
                .append("version", MeetingChange.storedAs(event.change().getClass()).version())
                .append("at", event.at())
                .append("actor", event.actor())
                .append("origin", origin)
                .append("payload", payload);
    }

    public MeetingEvent read(Document stored) {
        String type = stored.getString("type");
        Class<? extends MeetingChange> changeType = CHANGE_TYPES.get(type);
        if (changeType == null) {
            throw new IllegalStateException("Unknown event type " + type + " in " + stored.get("_id"));
        }
        int version = stored.getInteger("version", FIRST_VERSION);
        int known = MeetingChange.storedAs(changeType).version();
        if (version > known) {
            // Written by a newer Plenum: reading it as this version's shape could drop what it says.
            throw new IllegalStateException("Event " + type + " " + stored.get("_id") + " has payload version "
                    + version + "; this version of Plenum reads up to " + known);
        }
        MeetingChange change = converter.read(changeType, stored.get("payload", Document.class));
        return new MeetingEvent(stored.getString("meetingId"), stored.getLong("seq"),
                stored.getDate("at").toInstant(), stored.getString("actor"), change);
    }

    /** Whether this instance appended the stored event (and so has published it to its listeners already). */
    public boolean writtenHere(Document stored) {
        return origin.equals(stored.getString("origin"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends MeetingChange>> changeTypes() {
        return Arrays.stream(MeetingChange.class.getPermittedSubclasses())
                .map(type -> (Class<? extends MeetingChange>) type)
                .collect(Collectors.toUnmodifiableMap(type -> MeetingChange.storedAs(type).type(), Function.identity()));
    }
}
