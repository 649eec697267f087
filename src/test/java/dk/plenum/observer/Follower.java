package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import examples.ObserverClient.Event;
import examples.ObserverClient;
import dk.plenum.support.Api;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;

/** The example client following a meeting, with everything it delivered and when. */
final class Follower implements AutoCloseable {

    private final ObserverClient client;
    private final Api api;
    private final String meetingId;
    /** {@code user:password}, or null for the public. */
    private final String credentials;
    private final List<Event> events = new ArrayList<>();
    private final Map<Long, Long> receivedAtNanos = new ConcurrentHashMap<>();

    private Follower(int port, String meetingId, String credentials, Map<String, String> headers) {
        client = new ObserverClient(URI.create("http://localhost:" + port), meetingId, credentials, headers,
                this::received);
        Api withHeaders = new Api(port);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            withHeaders = withHeaders.withHeader(header.getKey(), header.getValue());
        }
        this.api = withHeaders;
        this.meetingId = meetingId;
        this.credentials = credentials;
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

    /**
     * Every event after {@code afterSeq} up to {@code lastSeq} that the log shows this follower's audience, each once,
     * in order, and no other: the public's log leaves out what is withheld from it (a ballot cast).
     */
    void assertGapFree(long afterSeq, long lastSeq) {
        assertThat(events()).extracting(Event::seq).containsExactlyElementsOf(seqsInLog(afterSeq, lastSeq));
    }

    /** The seqs of {@code (afterSeq, lastSeq]} in the meeting's log as this follower may read it. */
    List<Long> seqsInLog(long afterSeq, long lastSeq) {
        String path = "/api/meetings/" + meetingId + "/events?after=" + afterSeq;
        HttpResponse<String> log = credentials == null ? api.get(path, null)
                : api.getWithPassword(path, credentials.substring(0, credentials.indexOf(':')),
                        credentials.substring(credentials.indexOf(':') + 1));
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        return Api.json(log).valueStream().map(event -> event.get("seq").longValue())
                .filter(seq -> seq <= lastSeq).toList();
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
