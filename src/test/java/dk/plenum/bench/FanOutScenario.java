package dk.plenum.bench;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 1: anonymous observers follow one topic while an {@link EventSource} makes a fixed number of
 * events, paced as a person would never exceed: Plenum's secretariat making each item current and
 * recording its decision, or, as the baseline, the bare broadcast app's trigger.
 */
final class FanOutScenario implements AutoCloseable {

    /** Stragglers get this long after the last event before their missing events count as lost. */
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);

    private final URI webSocket;
    private final EventSource source;
    private final ObserverCrowd.Joining joining;
    private final int events;
    private ObserverCrowd crowd;

    private FanOutScenario(int port, EventSource source, ObserverCrowd.Joining joining, int events) {
        this.webSocket = URI.create("ws://localhost:" + port + "/ws");
        this.source = source;
        this.joining = joining;
        this.events = events;
    }

    /** Plenum on {@code port}: a fresh, started meeting of the demo council, two events per item. */
    static FanOutScenario plenum(int port, int events) {
        return new FanOutScenario(port, MeetingScriptEvents.prepare(port, events), ObserverCrowd.Joining.BARE, events);
    }

    /** As {@link #plenum}, the crowd joining as browsers on the public page do ({@link PublicPageViewer}). */
    static FanOutScenario publicPage(int port, int events) {
        MeetingScriptEvents meeting = MeetingScriptEvents.prepare(port, events);
        return new FanOutScenario(port, meeting, new PublicPageViewer(port, meeting.meetingId()), events);
    }

    /** The bare broadcast app ({@link dk.plenum.bench.baseline.BroadcastApp}) on {@code port}. */
    static FanOutScenario baseline(int port, int events) {
        return new FanOutScenario(port, new BroadcastEvents(port), ObserverCrowd.Joining.BARE, events);
    }

    void subscribe(int observers) throws Exception {
        crowd = ObserverCrowd.subscribe(webSocket, joining, source.topic(), observers, source.seqBefore(), events);
    }

    Result run(int eventsPerSecond) throws InterruptedException {
        List<PacedEvents.Answered> answered = PacedEvents.emit(source, events, eventsPerSecond);
        Map<Long, Long> answeredAtNanos = new LinkedHashMap<>();
        answered.forEach(event -> answeredAtNanos.put(event.seq(), event.atNanos()));
        long lastSeq = answered.getLast().seq();
        crowd.awaitEvent(lastSeq, DELIVERY_TIMEOUT);
        return new Result(crowd.size(), answeredAtNanos.size(), PacedEvents.eventsPerSecondMade(answered),
                crowd.missing(lastSeq), crowd.duplicates(), Percentiles.of(crowd.delaysMillis(answeredAtNanos)));
    }

    @Override
    public void close() {
        if (crowd != null) {
            crowd.close();
        }
    }

    /**
     * Missing and duplicates are summed over all observers; delay is from the event's HTTP answer. The pace
     * made (from the first answer to the last) falls short of the one asked for when the server answers
     * slower than the interval.
     */
    record Result(int observers, int events, double eventsPerSecondMade, long missing, long duplicates,
            Percentiles delayMillis) {
    }
}
