package dk.plenum.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The meeting as its events have built it: the projection every view and API reads. {@code lastSeq}
 * is the sequence number of the last event applied, so a reader knows exactly which events it has seen.
 */
public record Meeting(
        String id,
        String councilId,
        String councilName,
        String title,
        MeetingKind kind,
        Instant startsAt,
        Instant endsAt,
        String location,
        MeetingStatus status,
        List<Participant> participants,
        List<AgendaItem> items,
        long lastSeq) {

    public Meeting {
        participants = List.copyOf(participants);
        items = List.copyOf(items);
    }

    public Optional<AgendaItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }
}
