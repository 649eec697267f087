package dk.plenum.live.internal;

import dk.plenum.live.LiveSubscription;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingJournal;
import io.micrometer.core.instrument.Timer;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listener's ordered lane: events are queued by whoever publishes them and delivered by one task at
 * a time on the lane executor, so a slow listener delays only itself. Events may arrive twice (from the
 * log and live) or early (one committed elsewhere overtook, or this subscription started between a
 * commit and its publish); the seq sorts that out: the next expected one is delivered, an older one is
 * dropped, a later one first has the missing ones fetched from the log. How long a live event took from its
 * commit to the listener's return is the fan-out delay ({@code plenum.fanout.delay}); events read from the log
 * to catch up are not counted there.
 */
final class MeetingSubscription implements LiveSubscription {

    private static final Logger log = LoggerFactory.getLogger(MeetingSubscription.class);

    private final String meetingId;
    private final Consumer<MeetingEvent> listener;
    private final MeetingJournal journal;
    private final Executor lanes;
    private final Consumer<MeetingSubscription> onClose;
    private final Timer fanOutDelay;
    private final Queue<Committed> inbox = new ConcurrentLinkedQueue<>();
    /** Set while a task owns the lane; the first task (catching up from the log) owns it from the start. */
    private final AtomicBoolean draining = new AtomicBoolean(true);
    private volatile boolean closed;
    /** Only read and written by the task that owns the lane. */
    private long lastDelivered;

    MeetingSubscription(String meetingId, long afterSeq, Consumer<MeetingEvent> listener, MeetingJournal journal,
            Executor lanes, Consumer<MeetingSubscription> onClose, Timer fanOutDelay) {
        this.meetingId = meetingId;
        this.lastDelivered = afterSeq;
        this.listener = listener;
        this.journal = journal;
        this.lanes = lanes;
        this.onClose = onClose;
        this.fanOutDelay = fanOutDelay;
    }

    String meetingId() {
        return meetingId;
    }

    void start() {
        lanes.execute(() -> drain(true));
    }

    /** @param committedNanos when the event was published on this instance ({@link System#nanoTime()}) */
    void offer(MeetingEvent event, long committedNanos) {
        if (closed) {
            return;
        }
        inbox.add(new Committed(event, committedNanos));
        if (draining.compareAndSet(false, true)) {
            lanes.execute(() -> drain(false));
        }
    }

    @Override
    public void close() {
        closed = true;
        inbox.clear();
        onClose.accept(this);
    }

    private void drain(boolean catchUp) {
        try {
            if (catchUp) {
                deliverFromLog();
            }
            for (Committed committed = inbox.poll(); committed != null && !closed; committed = inbox.poll()) {
                handle(committed);
            }
        } catch (RuntimeException e) {
            log.warn("Live delivery of meeting {} failed after seq {}; unsubscribed", meetingId, lastDelivered, e);
            close();
        } finally {
            draining.set(false);
        }
        // An event offered after the last poll but before the lane was released found it taken: take it back.
        if (!closed && !inbox.isEmpty() && draining.compareAndSet(false, true)) {
            lanes.execute(() -> drain(false));
        }
    }

    private void handle(Committed committed) {
        MeetingEvent event = committed.event();
        if (event.seq() > lastDelivered + 1) {
            // Every event is stored before anyone publishes it, so the log has all up to this one.
            deliverFromLog();
        }
        if (event.seq() == lastDelivered + 1) {
            deliver(event);
            fanOutDelay.record(System.nanoTime() - committed.nanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void deliverFromLog() {
        for (MeetingEvent stored : journal.eventsAfter(meetingId, lastDelivered)) {
            if (closed) {
                return;
            }
            deliver(stored);
        }
    }

    private void deliver(MeetingEvent event) {
        listener.accept(event);
        lastDelivered = event.seq();
    }

    /** An event as it was offered live, with the moment it was published here. */
    private record Committed(MeetingEvent event, long nanos) {
    }
}
