package dk.plenum.live;

import dk.plenum.meeting.MeetingEvent;
import java.util.function.Consumer;

/** Follows meetings as they happen, on this instance, whichever instance commits the events. */
public interface LiveMeetings {

    /**
     * Delivers to {@code listener} every event of the meeting with a seq above {@code afterSeq}, each
     * exactly once and in seq order: first those already in the log, then each new one as it is
     * committed, here or on another instance. The listener runs on the subscription's own thread, never
     * on the committing one, one event at a time. A listener that throws is logged and unsubscribed.
     *
     * @param afterSeq the last seq the caller already has, 0 for the whole log
     */
    LiveSubscription subscribe(String meetingId, long afterSeq, Consumer<MeetingEvent> listener);

    /**
     * Delivers to {@code listener} every event of every meeting published from now on, committed here or on
     * another instance, on the feed's own thread (never the committing one), one at a time in the order they were
     * published. Unlike {@link #subscribe} it fills no gap from the log: events of one meeting may come out of
     * seq order (commands finishing out of order, or another instance's event overtaking), so the listener
     * skips what it holds and reads the meeting when one is missing. A listener that throws is logged and keeps
     * the feed.
     */
    EveryMeetingFeed followEveryMeeting(Consumer<MeetingEvent> listener);

    /**
     * As {@link #subscribe}, for a person's view of the meeting (a Vaadin UI): counted among the views following
     * meetings on this instance ({@code plenum.ui.following}) until it is closed.
     */
    LiveSubscription followInView(String meetingId, long afterSeq, Consumer<MeetingEvent> listener);
}
