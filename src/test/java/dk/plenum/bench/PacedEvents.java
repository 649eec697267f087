package dk.plenum.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes an {@link EventSource}'s events at a fixed pace, as a person would never exceed, and times each at
 * the server's answer: the moment the live scenarios measure their delays from.
 */
final class PacedEvents {

    private PacedEvents() {
    }

    /** Event {@code index} (from 0): its seq, and when the server's answer came. */
    record Answered(int index, long seq, long atNanos) {
    }

    static List<Answered> emit(EventSource source, int events, int eventsPerSecond) throws InterruptedException {
        List<Answered> answered = new ArrayList<>(events);
        long intervalNanos = 1_000_000_000L / eventsPerSecond;
        long next = System.nanoTime();
        for (int index = 0; index < events; index++) {
            sleepUntil(next);
            next += intervalNanos;
            long seq = source.emit(index);
            answered.add(new Answered(index, seq, System.nanoTime()));
        }
        return answered;
    }

    /**
     * The pace really made, from the first answer to the last: it falls short of the one asked for when the
     * server answers slower than the interval.
     */
    static double eventsPerSecondMade(List<Answered> answered) {
        return (answered.size() - 1) / ((answered.getLast().atNanos() - answered.getFirst().atNanos()) / 1e9);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }
}
