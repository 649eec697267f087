package dk.plenum.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ScriptedMeeting;
import dk.plenum.support.SlowHeaderClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The slow-loris finding at a tenth of a percent of its size: Tomcat scaled down to 150 connection slots, and
 * as many half-open connections (a header line every 2 s, never a complete head) held by a persistent
 * attacker that reopens whatever is closed. The secretariat and the public still get in. The full size (12,000)
 * with timings is bench/slow-headers.sh.
 */
@PlenumTest
@TestPropertySource(properties = "server.tomcat.max-connections=" + SlowHeaderAttackTest.SLOTS)
class SlowHeaderAttackTest {

    static final int SLOTS = 150;
    /** Generous: only a locked-out client takes this long; bench/slow-headers.sh measures the real times. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Test
    void aServerFullOfHalfOpenConnectionsStillTakesTheSecretaryAndThePublic() throws Exception {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 2);
        meeting.start();
        meeting.currentItem(0);
        String decisionPath = "/api/meetings/" + meeting.id() + "/items/" + itemId(meeting) + "/decision";

        try (SlowHeaderClients attacker = SlowHeaderClients.start(port, SLOTS, Duration.ofSeconds(2))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> attacker.connected() >= SLOTS);

            HttpResponse<String> decision = onNewConnection(HttpRequest.newBuilder(
                            uri(decisionPath))
                    .header("Authorization", "Basic c2VrcmV0YXJpYXQ6ZGVtbw==") // sekretariat:demo
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\": \"APPROVED\", \"text\": \"Godkendt\"}")));
            assertThat(decision.statusCode()).as(decision.body()).isEqualTo(200);

            HttpResponse<String> page = onNewConnection(HttpRequest.newBuilder(uri("/meetings/" + meeting.id())).GET());
            assertThat(page.statusCode()).isEqualTo(200);
            HttpResponse<String> login = onNewConnection(HttpRequest.newBuilder(uri("/login")).GET());
            assertThat(login.statusCode()).isEqualTo(200);

            // Room was made by closing the attacker's connections, not by the attacker giving up.
            assertThat(attacker.closedByServer()).isPositive();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String itemId(ScriptedMeeting meeting) {
        return Api.json(new Api(port).get("/api/meetings/" + meeting.id(), null)).get("items").get(0).get("id")
                .stringValue();
    }

    /** A client of its own, so the request needs a new connection, as a tablet arriving now does. */
    private static HttpResponse<String> onNewConnection(HttpRequest.Builder request) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build()) {
            return client.send(request.timeout(ANSWER_WITHIN).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
