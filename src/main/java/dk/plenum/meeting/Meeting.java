package dk.plenum.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The meeting as its events have built it: the projection every view and API reads. {@code lastSeq}
 * is the sequence number of the last event applied, so a reader knows exactly which events it has seen.
 * {@code minutesApprovedAt} is set once the secretariat approved the minutes; decisions are then locked.
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
        String currentItemId,
        List<RoundTablePost> roundTable,
        Instant startedAt,
        Instant endedAt,
        Instant minutesApprovedAt,
        long lastSeq) {

    public Meeting {
        participants = List.copyOf(participants);
        items = List.copyOf(items);
        roundTable = List.copyOf(roundTable);
    }

    public Optional<AgendaItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    public Optional<AgendaItem> currentItem() {
        return currentItemId == null ? Optional.empty() : item(currentItemId);
    }

    public Optional<Participant> participant(String memberId) {
        return participants.stream().filter(participant -> participant.memberId().equals(memberId)).findFirst();
    }

    public Optional<RoundTablePost> post(String postId) {
        return roundTable.stream().filter(post -> post.id().equals(postId)).findFirst();
    }

    public boolean minutesApproved() {
        return minutesApprovedAt != null;
    }

    /** The chair and members not present right now: who the minutes call absent for an item decided now. */
    public List<String> absentMemberIds() {
        return participants.stream()
                .filter(Participant::votes)
                .filter(participant -> participant.attendance() != AttendanceStatus.PRESENT)
                .map(Participant::memberId)
                .toList();
    }

    /** A copy with other items and posts: what an audience may see of this meeting. */
    public Meeting withContent(List<AgendaItem> newItems, List<RoundTablePost> newRoundTable) {
        return new Meeting(id, councilId, councilName, title, kind, startsAt, endsAt, location, status, participants,
                newItems, currentItemId, newRoundTable, startedAt, endedAt, minutesApprovedAt, lastSeq);
    }
}
