package dk.plenum.meeting;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The events other instances sharing the store append to meetings' logs, as they are committed. Each
 * instance publishes its own events itself; when several share one MongoDB, each watches for the others'.
 */
public interface OtherInstancesEvents {

    /**
     * Watches until the returned watch is closed, giving each event another instance appends to
     * {@code onEvent}, on the watch's own thread, in commit order. Returns once the watch is open, so nothing
     * committed after is missed, or after {@code startupWait}, when it goes on trying in the background.
     */
    Watch watch(Consumer<MeetingEvent> onEvent, Duration startupWait);

    /** A running watch; closing it waits for its thread to stop. */
    interface Watch extends AutoCloseable {

        @Override
        void close();
    }
}
