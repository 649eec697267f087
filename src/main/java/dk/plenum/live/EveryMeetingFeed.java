package dk.plenum.live;

import java.time.Duration;

/**
 * A listener following every meeting at once ({@link LiveMeetings#followEveryMeeting}): for a follower that keeps
 * state from all meetings' events, such as the search index. Close it when the follower goes away.
 */
public interface EveryMeetingFeed extends LiveSubscription {

    /**
     * Waits until every event published on this instance before the call (committed here, or read from another
     * instance's commits) has been given to the listener, or {@code atMost} has passed: so that a reader of the
     * follower's state sees every change that was acknowledged before it asked.
     *
     * @return whether the listener caught up in time
     */
    boolean awaitDelivered(Duration atMost) throws InterruptedException;
}
