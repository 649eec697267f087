package dk.plenum.meeting.api;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import examples.RetriedCommand;
import java.net.URI;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * A client that retries a command with the same {@code Idempotency-Key} gets the first answer and changes
 * the meeting once. A retry whose answer was never recorded (the process died after storing the event) is
 * answered from the log: {@code KillDuringCommandTest} does that with a real SIGKILL.
 */
@PlenumTest
class IdempotentCommandsTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final AtomicInteger MEETINGS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void theSameKeyTwiceStoresOneEventAndAnswersTheSame() {
        String importKey = UUID.randomUUID().toString();
        String document = meetingDocument();
        HttpResponse<String> imported = api.command("POST", "/api/meetings/import", document, SECRETARIAT, importKey);
        HttpResponse<String> importedAgain = api.command("POST", "/api/meetings/import", document, SECRETARIAT,
                importKey);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertSameAnswer(importedAgain, imported);
        assertThat(importedAgain.headers().firstValue("Location")).isEqualTo(imported.headers().firstValue("Location"));
        String meetingId = json(imported).get("id").stringValue();

        String startKey = UUID.randomUUID().toString();
        HttpResponse<String> started = api.command("POST", "/api/meetings/" + meetingId + "/start", null, SECRETARIAT,
                startKey);
        HttpResponse<String> startedAgain = api.command("POST", "/api/meetings/" + meetingId + "/start", null,
                SECRETARIAT, startKey);

        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertSameAnswer(startedAgain, started);
        assertThat(eventTypes(meetingId)).containsExactly("MEETING_SCHEDULED", "MEETING_STARTED");
    }

    /** A tablet that gave up waiting and retried while its first attempt was still being stored. */
    @Test
    void theSameKeySentSeveralTimesAtOnceStoresOneEventAndAnswersEachTheSame() throws Exception {
        HttpResponse<String> imported = api.post("/api/meetings/import", meetingDocument(), SECRETARIAT);
        String meetingId = json(imported).get("id").stringValue();
        String startKey = UUID.randomUUID().toString();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> attempts = new ArrayList<>();
        try (ExecutorService tablets = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                attempts.add(tablets.submit(() -> {
                    go.await();
                    return api.command("POST", "/api/meetings/" + meetingId + "/start", null, SECRETARIAT, startKey);
                }));
            }
            go.countDown();
        }

        HttpResponse<String> first = attempts.getFirst().get();
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        for (Future<HttpResponse<String>> attempt : attempts) {
            assertSameAnswer(attempt.get(), first);
        }
        assertThat(eventTypes(meetingId)).containsExactly("MEETING_SCHEDULED", "MEETING_STARTED");
    }

    @Test
    void aRetryWhoseAnswerWasLostIsAnsweredFromTheLog() {
        String document = meetingDocument();
        String importKey = UUID.randomUUID().toString();
        HttpResponse<String> imported = api.command("POST", "/api/meetings/import", document, SECRETARIAT, importKey);
        mongo.remove(new Query(), "command_answers");
        HttpResponse<String> importRetried = api.command("POST", "/api/meetings/import", document, SECRETARIAT,
                importKey);
        assertSameAnswer(importRetried, imported);

        String meetingId = json(imported).get("id").stringValue();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> started = api.command("POST", "/api/meetings/" + meetingId + "/start", null, SECRETARIAT,
                key);
        // As if the process had died after storing the event, before recording (and sending) the answer.
        mongo.remove(new Query(), "command_answers");

        HttpResponse<String> retried = api.command("POST", "/api/meetings/" + meetingId + "/start", null, SECRETARIAT,
                key);

        assertSameAnswer(retried, started);
        assertThat(eventTypes(meetingId)).containsExactly("MEETING_SCHEDULED", "MEETING_STARTED");
    }

    @Test
    void theSameKeyForADifferentRequestIsRefusedWith422() {
        String meetingId = json(api.post("/api/meetings/import", meetingDocument(), SECRETARIAT)).get("id").stringValue();
        String key = UUID.randomUUID().toString();
        assertThat(api.command("POST", "/api/meetings/" + meetingId + "/start", null, SECRETARIAT, key).statusCode())
                .isEqualTo(200);

        HttpResponse<String> otherCommand = api.command("POST", "/api/meetings/" + meetingId + "/adjourn", null,
                SECRETARIAT, key);
        mongo.remove(new Query(), "command_answers");
        HttpResponse<String> otherCommandFromTheLog = api.command("POST", "/api/meetings/" + meetingId + "/adjourn",
                null, SECRETARIAT, key);

        for (HttpResponse<String> refused : java.util.List.of(otherCommand, otherCommandFromTheLog)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(refused).get("detail").stringValue()).contains("Idempotency-Key");
        }
        assertThat(eventTypes(meetingId)).containsExactly("MEETING_SCHEDULED", "MEETING_STARTED");
    }

    @Test
    void keysBelongToOneAccount() {
        String meetingId = json(api.post("/api/meetings/import", meetingDocument(), SECRETARIAT)).get("id").stringValue();
        String key = UUID.randomUUID().toString();
        assertThat(api.command("POST", "/api/meetings/" + meetingId + "/start", null, SECRETARIAT, key).statusCode())
                .isEqualTo(200);

        HttpResponse<String> anotherAccountsCommand = api.command("POST", "/api/meetings/" + meetingId + "/adjourn",
                null, "mette", key);

        assertThat(anotherAccountsCommand.statusCode()).as(anotherAccountsCommand.body()).isEqualTo(200);
        assertThat(eventTypes(meetingId)).containsExactly("MEETING_SCHEDULED", "MEETING_STARTED",
                "MEETING_ADJOURNED");
    }

    @Test
    void theExampleClientsRetriesRecordACommandOnce() throws Exception {
        String meetingId = json(api.post("/api/meetings/import", meetingDocument(), SECRETARIAT)).get("id").stringValue();

        HttpResponse<String> started = RetriedCommand.post(URI.create("http://localhost:" + port),
                "sekretariat:demo", "/api/meetings/" + meetingId + "/start", "");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(eventTypes(meetingId)).containsExactly("MEETING_SCHEDULED", "MEETING_STARTED");
    }

    @Test
    void aMalformedKeyIsRefusedWith400() {
        HttpResponse<String> refused = api.command("POST", "/api/meetings/import", meetingDocument(), SECRETARIAT,
                "two words");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static void assertSameAnswer(HttpResponse<String> retried, HttpResponse<String> first) {
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(first.statusCode());
        assertThat(json(retried)).isEqualTo(json(first));
    }

    private List<String> eventTypes(String meetingId) {
        JsonNode events = json(api.get("/api/meetings/" + meetingId + "/events", SECRETARIAT));
        return events.values().stream().map(event -> event.get("type").stringValue()).toList();
    }

    /** A meeting of the demo council at a time of its own. */
    static String meetingDocument() {
        int n = MEETINGS.incrementAndGet();
        return """
                {"council": "Erhvervsrådet", "title": "Gentaget møde %d", "kind": "ORDINARY",
                 "startsAt": "2032-03-%02dT%02d:00:00+01:00",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                 "items": [{"number": 1, "title": "Godkendelse af dagsorden", "visibility": "OPEN"}]}
                """.formatted(n, n % 28 + 1, n / 28 % 24);
    }
}
