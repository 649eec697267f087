package dk.plenum.meeting.api;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.AppProcess;
import dk.plenum.support.CrashingPlenum;
import dk.plenum.support.ImportedMeetings;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill -9 rounds of issue 10 always left one command stored but unanswered. Here the application (in
 * a second JVM) kills itself with SIGKILL right after storing a decision, before answering it; the client
 * retries with the same {@code Idempotency-Key} on the restarted application and gets the decision's
 * answer, and the log holds the decision once.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class KillDuringCommandTest {

    private static final String SECRETARIAT = "sekretariat";

    @TempDir
    Path directory;

    @Test
    void aCommandStoredButNotAnsweredIsNotStoredAgainWhenRetriedWithItsKey() throws Exception {
        Path data = directory.resolve("data");
        String key = UUID.randomUUID().toString();
        String meetingId;
        String decisionPath;
        String decision = "{\"outcome\": \"APPROVED\", \"text\": \"Vedtaget én gang.\"}";
        try (AppProcess app = AppProcess.start(CrashingPlenum.class, data, directory.resolve("crashing.log"),
                "-D" + CrashingPlenum.CRASH_AFTER + "=DECISION_RECORDED")) {
            Api api = app.api();
            ApiMeeting created = ImportedMeetings.importOverApi(api, """
                    {"council": "Erhvervsrådet", "title": "Afbrudt møde", "kind": "ORDINARY",
                     "startsAt": "2035-02-01T09:00:00Z",
                     "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                     "items": [{"number": 1, "title": "Budget", "visibility": "OPEN"}]}
                    """);
            meetingId = created.id();
            String item = created.itemId(0);
            decisionPath = "/api/meetings/" + meetingId + "/items/" + item + "/decision";
            assertThat(api.post("/api/meetings/" + meetingId + "/start", "", SECRETARIAT).statusCode()).isEqualTo(200);
            assertThat(api.post("/api/meetings/" + meetingId + "/current-item", "{\"itemId\": \"" + item + "\"}",
                    SECRETARIAT).statusCode()).isEqualTo(200);

            assertThatThrownBy(() -> api.command("POST", decisionPath, decision, SECRETARIAT, key))
                    .as("the process died before answering").isInstanceOf(UncheckedIOException.class);
            app.awaitExit();
        }

        try (AppProcess restarted = AppProcess.start(data, directory.resolve("restarted.log"))) {
            Api api = restarted.api();
            HttpResponse<String> retried = api.command("POST", decisionPath, decision, SECRETARIAT, key);
            HttpResponse<String> retriedAgain = api.command("POST", decisionPath, decision, SECRETARIAT, key);

            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
            assertThat(json(retried).get("items").get(0).get("decision").get("revision").asInt()).isEqualTo(1);
            assertThat(json(retriedAgain)).isEqualTo(json(retried));
            assertThat(json(api.get("/api/meetings/" + meetingId + "/events", SECRETARIAT)).values())
                    .extracting(event -> event.get("type").stringValue())
                    .containsExactly("MEETING_SCHEDULED", "MEETING_STARTED", "CURRENT_ITEM_SET", "DECISION_RECORDED");
        }
    }
}
