package dk.plenum.bench;

import dk.plenum.observer.ScriptedMeeting;
import dk.plenum.support.Api;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 1: anonymous observers follow one meeting while the secretariat records a decision on every
 * item, each after making the item current (two events per item), paced as a person would never exceed.
 */
final class FanOutScenario implements AutoCloseable {

    /** Stragglers get this long after the last command before their missing events count as lost. */
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final ScriptedMeeting meeting;
    private final int decisions;
    private final long snapshotSeq;
    private final String topic;
    private ObserverCrowd crowd;

    private FanOutScenario(int port, ScriptedMeeting meeting, int decisions, long snapshotSeq, String topic) {
        this.port = port;
        this.meeting = meeting;
        this.decisions = decisions;
        this.snapshotSeq = snapshotSeq;
        this.topic = topic;
    }

    /** A fresh, started meeting of {@code decisions} items in the demo council. */
    static FanOutScenario prepare(int port, int decisions) {
        Api api = new Api(port);
        ScriptedMeeting meeting = ScriptedMeeting.importInto(api, "Erhvervsrådet", decisions);
        meeting.start();
        JsonNode live = Api.json(api.get("/api/meetings/" + meeting.id() + "/live", null));
        return new FanOutScenario(port, meeting, decisions, live.get("seq").asLong(), live.get("topic").stringValue());
    }

    void subscribe(int observers) throws Exception {
        crowd = ObserverCrowd.subscribe(URI.create("ws://localhost:" + port + "/ws"), topic, observers, snapshotSeq,
                2 * decisions);
    }

    Result run(int eventsPerSecond) throws InterruptedException {
        Map<Long, Long> answeredAtNanos = new LinkedHashMap<>();
        long intervalNanos = 1_000_000_000L / eventsPerSecond;
        long next = System.nanoTime();
        long lastSeq = snapshotSeq;
        for (int item = 0; item < decisions; item++) {
            for (boolean decision : new boolean[] {false, true}) {
                sleepUntil(next);
                next += intervalNanos;
                lastSeq = decision ? meeting.decide(item) : meeting.currentItem(item);
                answeredAtNanos.put(lastSeq, System.nanoTime());
            }
        }
        crowd.awaitEvent(lastSeq, DELIVERY_TIMEOUT);
        return new Result(crowd.size(), answeredAtNanos.size(), crowd.missing(lastSeq), crowd.duplicates(),
                Percentiles.of(crowd.delaysMillis(answeredAtNanos)));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }

    @Override
    public void close() {
        if (crowd != null) {
            crowd.close();
        }
    }

    /** Missing and duplicates are summed over all observers; delay is from the command's HTTP answer. */
    record Result(int observers, int events, long missing, long duplicates, Percentiles delayMillis) {
    }
}
