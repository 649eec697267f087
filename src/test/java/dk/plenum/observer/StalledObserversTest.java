package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.RawStompSocket;
import dk.plenum.support.ScriptedMeeting;
import examples.ObserverClient.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Observers that stop reading, during a meeting with large decisions, are dropped without holding up anyone
 * else: a prompt observer beside them gets every event live while they are closed. Real sockets with a small
 * receive buffer that subscribe and then never read again. That closing them never blocks the publishing
 * thread is SocketOutboxTest's; the full size (2,000 of them, with the prompt observer's delay) is
 * bench/stalled-observers.sh.
 */
@PlenumTest
class StalledObserversTest {

    private static final int STALLED = 100;
    /** Each stalled socket takes as many as it may, so that its backlog outgrows the kernel's buffers sooner. */
    private static final int SUBSCRIPTIONS_EACH = 8;
    /**
     * Enough for 7 MB per stalled socket: on loopback the kernel takes up to 4 MB of it (tcp_wmem) before the
     * server's own queue (512 KiB) fills.
     */
    private static final int DECISIONS = 100;
    /** Near the longest decision text the API takes, so that the stalled sockets' backlog grows fast. */
    private static final String LARGE_TEXT = "Stor beslutning ".repeat(560);

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void stalledObserversAreDroppedWhileAPromptOneGetsEveryEvent() throws Exception {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 3);
        double droppedBefore = meters.counter("plenum.observers.dropped").count();
        long started = meeting.start();
        List<RawStompSocket> stalled = new ArrayList<>();
        try (Follower prompt = Follower.following(port, meeting.id(), null);
                ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<RawStompSocket>> opening = new ArrayList<>();
            for (int i = 0; i < STALLED; i++) {
                opening.add(clients.submit(() -> RawStompSocket.subscribed(port, ObserverTopics.publicOf(meeting.id()),
                        SUBSCRIPTIONS_EACH, 4096)));
            }
            for (Future<RawStompSocket> socket : opening) {
                stalled.add(socket.get());
            }

            long last = started;
            for (int n = 0; n < DECISIONS; n++) {
                last = meeting.decide(n % 2, LARGE_TEXT + n);
                prompt.awaitSeq(last);
            }

            prompt.assertGapFree(started, last);
            assertThat(prompt.events()).allMatch(Event::live);
            List<Future<Boolean>> closed = stalled.stream()
                    .map(socket -> clients.submit(() -> socket.closedByServer(Duration.ofSeconds(30)))).toList();
            for (Future<Boolean> socket : closed) {
                assertThat(socket.get()).as("a stalled observer was closed").isTrue();
            }
            assertThat(meters.counter("plenum.observers.dropped").count() - droppedBefore)
                    .as("slow consumers dropped, as Prometheus reads them").isGreaterThanOrEqualTo(STALLED);
        } finally {
            stalled.forEach(RawStompSocket::close);
        }
    }
}
