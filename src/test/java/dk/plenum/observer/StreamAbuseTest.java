package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import examples.ObserverClient.StompConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Everything an observer may not do ends its own connection with an ERROR frame (or a close), and the
 * server goes on serving everyone else.
 */
@PlenumTest
class StreamAbuseTest {

    @LocalServerPort
    int port;

    @Test
    void refusedFramesEndOnlyTheirOwnConnection() throws Exception {
        Api api = new Api(port);
        ScriptedMeeting meeting = ScriptedMeeting.importInto(api, "Erhvervsrådet", 3);
        ScriptedMeeting otherCouncils = ScriptedMeeting.importInto(api, "Teknik- og Miljøudvalget", 3);
        meeting.start();
        try (Follower bystander = Follower.following(port, meeting.id(), null)) {
            String membersOnly = "full stream is for the council's members";
            assertRefused(outcome(null, subscribe("/topic/meetings/" + meeting.id() + "/full")), membersOnly);
            assertRefused(outcome(null, subscribe("/topic/meetings/no-such-meeting")), "No meeting");
            assertRefused(outcome(null, subscribe("/topic/meetings")), "Unknown destination");
            assertRefused(outcome(null, subscribe("/user/queue/errors")), "Unknown destination");
            assertRefused(outcome(basic("kirsten"), subscribe("/topic/meetings/" + otherCouncils.id() + "/full")),
                    membersOnly);
            assertRefused(outcome(null, frame("SEND", "destination:/topic/meetings/" + meeting.id(), "hej")),
                    "read-only");
            assertThat(outcome(null, "HELLO\nnot:stomp\n\n\0")).isNotBlank();
            assertThat(outcome(null, frame("SEND", "destination:/topic/x", "x".repeat(100_000)))).isNotBlank();
            assertThatThrownBy(() -> StompConnection.open(webSocket(), "Basic "
                    + Base64.getEncoder().encodeToString("kirsten:wrong".getBytes(StandardCharsets.UTF_8)),
                    frame -> { }, () -> { })).rootCause().hasMessageContaining("401");

            long decided = meeting.decide(0);
            bystander.awaitSeq(decided);
            bystander.assertGapFree(2, decided);
        }
        assertThat(api.get("/api/meetings", null).statusCode()).isEqualTo(200);
    }

    /** Connects, sends {@code abuse}, and returns the ERROR frame's message, or "closed <code>". */
    /**
     * Refused: an ERROR frame with this message, then the close. Spring sends the ERROR and closes the
     * session at once; now and then, under load, its send buffer loses the frame to the close, and the
     * client sees only the close, which still refuses. A wrong message is never accepted.
     */
    private static void assertRefused(String outcome, String message) {
        assertThat(outcome).satisfiesAnyOf(seen -> assertThat(seen).contains(message),
                seen -> assertThat(seen).isEqualTo("closed"));
    }

    private String outcome(String authorization, String abuse) throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        CompletableFuture<Void> connected = new CompletableFuture<>();
        StompConnection connection = StompConnection.open(webSocket(), authorization, frame -> {
            if (frame.command().equals("CONNECTED")) {
                connected.complete(null);
            } else if (frame.command().equals("ERROR")) {
                outcome.complete(frame.headers().get("message"));
            }
        }, () -> outcome.complete("closed"));
        connection.send("CONNECT", Map.of("accept-version", "1.2", "host", "localhost"), "");
        // As a real client does: the server handles inbound frames on several threads, so an abusive frame
        // sent before CONNECTED could be judged before the CONNECT, and its ERROR could not be delivered.
        connected.get(10, TimeUnit.SECONDS);
        try {
            connection.sendRaw(abuse);
        } catch (RuntimeException closedWhileSending) {
            outcome.complete("closed while sending: " + closedWhileSending);
        }
        return outcome.get(10, TimeUnit.SECONDS);
    }

    private static String subscribe(String destination) {
        return frame("SUBSCRIBE", "id:0\ndestination:" + destination, "");
    }

    private static String frame(String command, String headers, String body) {
        return command + "\n" + headers + "\n\n" + body + "\0";
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private URI webSocket() {
        return URI.create("ws://localhost:" + port + "/ws");
    }
}
