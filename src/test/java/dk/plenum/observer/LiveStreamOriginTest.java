package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.RawStompSocket;
import dk.plenum.support.ScriptedMeeting;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cross-site WebSocket hijacking: a page on another origin must not open the members' stream with the
 * member's session cookie. The UI's session counts on a {@code /ws} handshake only from the app's own origin;
 * anonymous handshakes (the public stream) and HTTP Basic ones are welcome from anywhere.
 */
@PlenumTest
class LiveStreamOriginTest {

    @LocalServerPort
    int port;

    @Test
    void aSessionCookieOpensTheStreamOnlyFromTheAppsOwnOrigin() {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 3);
        String kirsten = UiLogin.as(port, ScriptedMeeting.KIRSTEN).sessionCookie();

        assertThat(handshake(kirsten, "http://evil.example")).as("foreign origin").isEqualTo(403);
        assertThat(handshake(kirsten, "http://localhost:" + (port + 1))).as("same host, other port").isEqualTo(403);
        assertThat(handshake(kirsten, "null")).as("opaque origin").isEqualTo(403);
        assertThat(handshake(kirsten, null)).as("no Origin").isEqualTo(403);

        try (RawStompSocket sameOrigin = open(kirsten, "http://localhost:" + port)) {
            assertThat(sameOrigin.status()).isEqualTo(101);
            assertThat(sameOrigin.connectAndSubscribe(ObserverTopics.fullOf(meeting.id()))).as("the member's own page")
                    .startsWith("RECEIPT");
        }
    }

    @Test
    void anonymousAndBasicHandshakesAreWelcomeFromAnyOrigin() {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 3);
        try (RawStompSocket anyone = RawStompSocket.open(port, Map.of("Origin", "http://evil.example"), 0);
                RawStompSocket software = RawStompSocket.open(port, Map.of("Origin", "null", "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("kirsten:demo".getBytes(StandardCharsets.UTF_8))),
                        0)) {
            assertThat(anyone.connectAndSubscribe(ObserverTopics.publicOf(meeting.id()))).startsWith("RECEIPT");
            assertThat(software.connectAndSubscribe(ObserverTopics.fullOf(meeting.id()))).startsWith("RECEIPT");
        }
    }

    @Test
    void theSessionCookieIsLaxAndHttpOnly() {
        String setCookie = UiLogin.as(port, ScriptedMeeting.KIRSTEN).setCookieHeader();

        assertThat(setCookie).containsIgnoringCase("; SameSite=Lax").containsIgnoringCase("; HttpOnly")
                .as("Secure only over HTTPS").doesNotContainIgnoringCase("Secure");
    }

    private int handshake(String cookie, String origin) {
        try (RawStompSocket socket = open(cookie, origin)) {
            return socket.status();
        }
    }

    private RawStompSocket open(String cookie, String origin) {
        Map<String, String> headers = new HashMap<>(Map.of("Cookie", cookie));
        if (origin != null) {
            headers.put("Origin", origin);
        }
        return RawStompSocket.open(port, headers, 0);
    }
}
