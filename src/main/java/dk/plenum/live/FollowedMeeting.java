package dk.plenum.live;

import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A view's copy of a meeting kept current from the live stream, without reading the store: events queue as
 * they arrive, on the stream's thread, and are folded in when the view catches up, on its own thread, so a
 * burst costs one catch-up. With hundreds of viewers, reading the store on every event would be hundreds of
 * reads per event.
 */
public final class FollowedMeeting implements AutoCloseable {

    private final Queue<MeetingEvent> arrived = new ConcurrentLinkedQueue<>();
    private final LiveSubscription subscription;

    /** Follows the meeting from {@code shown}'s last event; {@code onEvent} runs on the stream's thread. */
    public FollowedMeeting(LiveMeetings live, Meeting shown, Runnable onEvent) {
        this.subscription = live.followInView(shown.id(), shown.lastSeq(), event -> {
            arrived.add(event);
            onEvent.run();
        });
    }

    /**
     * {@code shown} with the events that arrived since folded in, or {@code shown} itself when none is new.
     * Events come in seq order, each once; those it already has (shown after the viewer's own command) are
     * skipped.
     */
    public Meeting catchUp(Meeting shown) {
        List<MeetingEvent> drained = new ArrayList<>();
        for (MeetingEvent event = arrived.poll(); event != null; event = arrived.poll()) {
            drained.add(event);
        }
        return MeetingProjection.applyAll(shown, drained);
    }

    @Override
    public void close() {
        subscription.close();
    }
}
