package dk.plenum.meeting;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * What the {@link MeetingJournal} measures, for Prometheus (docs/operations.md): every command it commits, by the
 * type of the event it stored, with its latency; every command it refuses, by reason; every event it publishes;
 * and how long the store takes to acknowledge an event's append.
 */
@Component
class JournalMeters {

    private final MeterRegistry registry;
    private final Timer storeCommit;

    JournalMeters(MeterRegistry registry) {
        this.registry = registry;
        this.storeCommit = Timer.builder("plenum.store.commit")
                .description("Time the store takes to acknowledge the append of one meeting event, or of several in one insert")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** Times the append of one event to the store's log; the append's own outcome passes through unchanged. */
    void timeStoreCommit(Runnable append) {
        storeCommit.record(append);
    }

    /** Times the append of several events in one insert; returns how many were stored. */
    int timeStoreCommitTogether(IntSupplier append) {
        return storeCommit.record((Supplier<Integer>) append::getAsInt);
    }

    /** A command stored its event: from the journal taking it to the event published. */
    void committed(MeetingEvent event, long startedNanos) {
        Timer.builder("plenum.commands")
                .description("Commands the journal committed, by the type of the event they stored")
                .tag("type", event.type())
                .register(registry)
                .record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
        Counter.builder("plenum.events.published")
                .description("Events this instance committed and published to its live subscribers")
                .tag("type", event.type())
                .register(registry)
                .increment();
    }

    /** A command the meeting's rules (or its size, or a race lost too often) refused: nothing was stored. */
    void refused(CommandRefusedException refused) {
        Counter.builder("plenum.commands.refused")
                .description("Commands the journal refused, by reason")
                .tag("reason", refused.reason().name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }
}
