package dk.plenum.store.internal;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.AppProcess;
import dk.plenum.support.ImportedMeetings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@link EmbeddedStoreDurabilityTest} proves the store keeps every acknowledged write through SIGKILL;
 * this proves the application reads them all back. The whole application runs in a second JVM: a meeting
 * is run and closed, another is imported, and the process is killed right after the import's 201, while its
 * projection (written without waiting for the journal) may not be in the file yet. After the restart every
 * read path agrees with the log: the list, the meeting, search, the minutes and the live snapshot.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ApplicationKillTest {

    private static final String SECRETARIAT = "sekretariat";

    @TempDir
    Path directory;

    @Test
    void afterKillMinus9EveryReadAgreesWithTheLog() throws Exception {
        Path data = directory.resolve("data");
        String closedMeeting;
        String importedMeeting;
        try (AppProcess app = AppProcess.start(data, directory.resolve("before-kill.log"))) {
            Api api = app.api();
            closedMeeting = importMeeting(api, "Lukket møde", "Havnebadet", "2035-01-08T09:00:00Z");
            String item = json(api.get("/api/meetings/" + closedMeeting, SECRETARIAT)).get("items").get(0)
                    .get("id").stringValue();
            assertOk(api.post("/api/meetings/" + closedMeeting + "/start", "", SECRETARIAT));
            assertOk(api.post("/api/meetings/" + closedMeeting + "/current-item",
                    "{\"itemId\": \"" + item + "\"}", SECRETARIAT));
            assertOk(api.post("/api/meetings/" + closedMeeting + "/items/" + item + "/decision",
                    "{\"outcome\": \"APPROVED\", \"text\": \"Havnebadet udvides.\"}", SECRETARIAT));
            assertOk(api.post("/api/meetings/" + closedMeeting + "/close", "", SECRETARIAT));

            importedMeeting = importMeeting(api, "Sidste møde", "Skøjtebanen", "2035-01-09T09:00:00Z");
            app.kill();
        }

        try (AppProcess restarted = AppProcess.start(data, directory.resolve("after-kill.log"))) {
            Api api = restarted.api();
            JsonNode listed = json(api.get("/api/meetings", null));
            assertThat(listed.values()).as("the list").extracting(meeting -> meeting.get("id").stringValue())
                    .contains(closedMeeting, importedMeeting);

            JsonNode imported = json(api.get("/api/meetings/" + importedMeeting, null));
            assertThat(imported.get("lastSeq").asLong()).isEqualTo(1);
            JsonNode closed = json(api.get("/api/meetings/" + closedMeeting, null));
            assertThat(closed.get("status").stringValue()).isEqualTo("CLOSED");
            assertThat(closed.get("lastSeq").asLong()).isEqualTo(5);

            assertThat(json(api.get("/api/search?q=sk%C3%B8jtebanen", null)).values()).as("search")
                    .extracting(hit -> hit.get("meetingId").stringValue()).contains(importedMeeting);
            assertThat(json(api.get("/api/search?q=havnebadet", null)).values()).as("search")
                    .extracting(hit -> hit.get("meetingId").stringValue()).contains(closedMeeting);

            HttpResponse<String> minutes = api.get("/api/meetings/" + closedMeeting + "/minutes?format=md&lang=da",
                    null);
            assertThat(minutes.statusCode()).isEqualTo(200);
            assertThat(minutes.body()).as("the minutes").contains("Havnebadet udvides.");

            for (String meeting : new String[] {closedMeeting, importedMeeting}) {
                HttpResponse<String> snapshot = api.get("/api/meetings/" + meeting + "/live", null);
                assertThat(snapshot.statusCode()).as(snapshot.body()).isEqualTo(200);
                assertThat(json(snapshot).toString()).as("the live snapshot of " + meeting)
                        .contains("\"seq\":" + (meeting.equals(closedMeeting) ? 5 : 1));
            }
        }
    }

    private static String importMeeting(Api api, String title, String itemTitle, String startsAt) {
        return ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "%s", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                 "items": [{"number": 1, "title": "%s", "visibility": "OPEN"}]}
                """.formatted(title, startsAt, itemTitle)).id();
    }

    private static void assertOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
