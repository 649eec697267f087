package dk.plenum.support;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.internal.MeetingEventDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed event logs of {@code src/test/resources/event-logs/}: a meeting's events as the store holds them,
 * one MongoDB Extended JSON line each, beside the meeting they rebuild to (decision 0008).
 */
public final class EventLogFiles {

    private EventLogFiles() {
    }

    /** Writes the stored events of {@code meeting} to {@code log}, and the meeting itself beside it. */
    public static void write(MongoTemplate mongo, JsonMapper json, Meeting meeting, Path log) throws IOException {
        JsonWriterSettings extended = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
        List<String> lines = new ArrayList<>();
        mongo.getCollection(MeetingEventDocuments.COLLECTION).find(Filters.eq("meetingId", meeting.id()))
                .sort(Sorts.ascending("seq"))
                .forEach(stored -> {
                    // Where and under which id this store kept it says nothing about the event.
                    stored.remove("_id");
                    stored.remove("origin");
                    lines.add(stored.toJson(extended));
                });
        Files.write(log, lines, StandardCharsets.UTF_8);
        json.writerWithDefaultPrettyPrinter().writeValue(meetingFile(log).toFile(), meeting);
    }

    /** The meeting a log rebuilds to: {@code 2026-11.jsonl} beside {@code 2026-11.meeting.json}. */
    public static Path meetingFile(Path log) {
        return log.resolveSibling(log.getFileName().toString().replace(".jsonl", ".meeting.json"));
    }
}
