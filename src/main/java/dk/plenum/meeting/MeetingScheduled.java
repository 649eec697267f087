package dk.plenum.meeting;

import java.time.Instant;
import java.util.List;

/** The first event of every meeting: the council announced it with its agenda. */
@StoredEvent(type = "MEETING_SCHEDULED")
public record MeetingScheduled(
        String councilId,
        String councilName,
        String title,
        MeetingKind kind,
        Instant startsAt,
        Instant endsAt,
        String location,
        List<Participant> participants,
        List<AgendaItem> items) implements MeetingChange {

    public MeetingScheduled {
        participants = List.copyOf(participants);
        items = List.copyOf(items);
    }
}
