package dk.plenum.agenda.api;

import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingStatus;
import java.time.Instant;

/** A meeting as the list shows it: enough to pick one, without the agenda's text. */
record MeetingSummary(String id, String councilId, String council, String title, MeetingKind kind, Instant startsAt,
        Instant endsAt, String location, MeetingStatus status, int itemCount, boolean draft) {

    static MeetingSummary of(Meeting meeting) {
        return new MeetingSummary(meeting.id(), meeting.councilId(), meeting.councilName(), meeting.title(),
                meeting.kind(), meeting.startsAt(), meeting.endsAt(), meeting.location(), meeting.status(),
                meeting.items().size(), meeting.draft());
    }
}
