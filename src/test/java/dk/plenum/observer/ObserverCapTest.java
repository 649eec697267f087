package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.plenum.support.PlenumTest;
import dk.plenum.support.RawStompSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The cap on open {@code /ws} connections ({@code plenum.observer.max-connections}, 10,000 in production) at a
 * size a test can fill: past it a handshake is refused with a 503 problem before any socket is upgraded, and a
 * closed connection frees its slot for the next observer.
 */
@PlenumTest
@TestPropertySource(properties = "plenum.observer.max-connections=" + ObserverCapTest.CAP)
class ObserverCapTest {

    static final int CAP = 2;

    @LocalServerPort
    int port;

    @Test
    void anObserverPastTheCapIsRefusedWith503UntilASlotIsFree() {
        try (RawStompSocket first = connected(); RawStompSocket second = connected()) {
            HttpResponse<?> refused = handshake().orElseThrow(() -> new AssertionError("a third socket was opened"));

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
            assertThat((String) refused.body()).contains("\"status\":503")
                    .contains("live stream is full (" + CAP + " connections)");

            second.close();
            await("the closed connection's slot is free").atMost(Duration.ofSeconds(20))
                    .until(() -> handshake().isEmpty());
        }
    }

    /** Connected, so the server counts it: it has answered the socket's CONNECT. */
    private RawStompSocket connected() {
        RawStompSocket socket = RawStompSocket.open(port, Map.of(), 0);
        assertThat(socket.status()).isEqualTo(101);
        socket.send("CONNECT\naccept-version:1.2\nhost:localhost\n\n\0");
        assertThat(socket.read()).startsWith("CONNECTED");
        return socket;
    }

    /** Opens (and at once closes) a WebSocket as any client would; the refusal, if the server refused it. */
    private Optional<HttpResponse<?>> handshake() {
        try (HttpClient http = HttpClient.newHttpClient()) {
            WebSocket opened = http.newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + ObserverTopics.ENDPOINT), new WebSocket.Listener() {
                    }).join();
            opened.abort();
            return Optional.empty();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof WebSocketHandshakeException refused) {
                return Optional.of(refused.getResponse());
            }
            throw failed;
        }
    }
}
