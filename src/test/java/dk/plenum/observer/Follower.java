package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import examples.ObserverClient.Event;
import examples.ObserverClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.awaitility.Awaitility;

/** The example client following a meeting, with everything it delivered and when. */
final class Follower implements AutoCloseable {

    private final ObserverClient client;
    private final List<Event> events = new ArrayList<>();
    private final Map<Long, Long> receivedAtNanos = new ConcurrentHashMap<>();

    private Follower(int port, String meetingId, String credentials, Map<String, String> headers) {
        client = new ObserverClient(URI.create("http://localhost:" + port), meetingId, credentials, headers,
                this::received);
    }

    /** Started and subscribed, so every event from now on arrives live. */
    static Follower following(int port, String meetingId, String credentials) {
        return following(port, meetingId, credentials, Map.of());
    }

    /** As {@link #following(int, String, String)}, with {@code headers} on every request, e.g. a proxy's cookie. */
    static Follower following(int port, String meetingId, String credentials, Map<String, String> headers) {
        Follower follower = new Follower(port, meetingId, credentials, headers);
        follower.client.start();
        await(follower.client::isFollowing, "subscribed");
        return follower;
    }

    private void received(Event event) {
        receivedAtNanos.put(event.seq(), System.nanoTime());
        synchronized (events) {
            events.add(event);
        }
    }

    ObserverClient client() {
        return client;
    }

    List<Event> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    long receivedAtNanos(long seq) {
        return receivedAtNanos.get(seq);
    }

    void awaitSeq(long seq) {
        await(() -> client.lastSeq() >= seq, "seq " + seq);
    }

    /** Every event after {@code afterSeq} up to {@code lastSeq}, each once, in order. */
    void assertGapFree(long afterSeq, long lastSeq) {
        assertThat(events()).extracting(Event::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(afterSeq + 1, lastSeq).boxed().toList());
    }

    static void await(BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
                .until(condition::getAsBoolean);
    }

    @Override
    public void close() {
        client.close();
    }
}
