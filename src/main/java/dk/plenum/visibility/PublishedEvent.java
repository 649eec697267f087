package dk.plenum.visibility;

import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingEvent;
import java.time.Instant;

/**
 * An event as clients outside the server receive it ({@code GET /api/meetings/{id}/events}, and later
 * the live streams): {@code {meetingId, seq, type, at, actor, payload}}, already redacted for its audience.
 * {@code actor} is null for the public.
 */
public record PublishedEvent(String meetingId, long seq, String type, Instant at, String actor,
        MeetingChange payload) {

    public static PublishedEvent of(Audience audience, MeetingEvent event, Meeting meeting) {
        MeetingEvent visible = MeetingVisibility.visibleTo(audience, event, meeting);
        return new PublishedEvent(visible.meetingId(), visible.seq(), visible.type(), visible.at(), visible.actor(),
                visible.change());
    }
}
