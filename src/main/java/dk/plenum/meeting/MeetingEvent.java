package dk.plenum.meeting;

import java.time.Instant;

/**
 * One entry of a meeting's append-only log. {@code seq} is per meeting, starts at 1 and has no gaps,
 * so a subscriber that has seen seq n knows the next one it must see is n + 1.
 */
public record MeetingEvent(String meetingId, long seq, Instant at, String actor, MeetingChange change) {

    public String type() {
        return change.type();
    }
}
