package dk.plenum.live.internal;

import dk.plenum.live.EveryMeetingFeed;
import dk.plenum.meeting.MeetingEvent;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One follower of every meeting: events are queued by whoever publishes them and handed to the listener by one
 * virtual thread of its own, which waits parked while nothing comes. Counts what was offered and what was
 * delivered, so that a reader can wait for the events published before it asked.
 */
final class EveryMeetingLane implements EveryMeetingFeed {

    private static final Logger log = LoggerFactory.getLogger(EveryMeetingLane.class);

    private final BlockingQueue<MeetingEvent> inbox = new LinkedBlockingQueue<>();
    private final Consumer<MeetingEvent> listener;
    private final Consumer<EveryMeetingLane> onClose;
    private final Thread lane;
    /** Guarded by {@code this}. */
    private long offered;
    /** Guarded by {@code this}. */
    private long delivered;
    private volatile boolean closed;

    EveryMeetingLane(Consumer<MeetingEvent> listener, Consumer<EveryMeetingLane> onClose) {
        this.listener = listener;
        this.onClose = onClose;
        this.lane = Thread.ofVirtual().name("live-every-meeting").start(this::deliverUntilClosed);
    }

    void offer(MeetingEvent event) {
        if (closed) {
            return;
        }
        synchronized (this) {
            offered++;
        }
        inbox.add(event);
    }

    @Override
    public boolean awaitDelivered(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (this) {
            long target = offered;
            while (delivered < target && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(left / 1_000_000, (int) (left % 1_000_000));
            }
            return delivered >= target;
        }
    }

    @Override
    public void close() {
        closed = true;
        lane.interrupt();
        inbox.clear();
        onClose.accept(this);
        synchronized (this) {
            notifyAll();
        }
    }

    private void deliverUntilClosed() {
        while (!closed) {
            MeetingEvent event;
            try {
                event = inbox.take();
            } catch (InterruptedException closing) {
                return;
            }
            try {
                listener.accept(event);
            } catch (RuntimeException failed) {
                log.warn("Follower of every meeting failed on event {} of meeting {}; it keeps following",
                        event.seq(), event.meetingId(), failed);
            }
            synchronized (this) {
                delivered++;
                notifyAll();
            }
        }
    }
}
