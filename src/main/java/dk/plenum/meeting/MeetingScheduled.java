package dk.plenum.meeting;

import java.time.Instant;
import java.util.List;

/**
 * The first event of every meeting: the council announced it with its agenda, or, as a {@code draft}, the
 * secretariat began preparing it (published later by {@link MeetingChanges.MeetingPublished}). Stored before
 * drafts existed, it has no {@code draft} and reads as published.
 */
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
        List<AgendaItem> items,
        Boolean draft) implements MeetingChange {

    public MeetingScheduled {
        draft = Boolean.TRUE.equals(draft);
        participants = List.copyOf(participants);
        items = List.copyOf(items);
    }

    /** A published meeting, as an import announces it. */
    public MeetingScheduled(String councilId, String councilName, String title, MeetingKind kind, Instant startsAt,
            Instant endsAt, String location, List<Participant> participants, List<AgendaItem> items) {
        this(councilId, councilName, title, kind, startsAt, endsAt, location, participants, items, false);
    }
}
