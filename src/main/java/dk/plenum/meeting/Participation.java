package dk.plenum.meeting;

import java.util.List;

/**
 * The one rule for who takes part in an item: present and seated (a member of the council who votes, or a
 * substitute seated for one who is not present), and not inhabil on the item. Votes are counted from it, and
 * quorum (beslutningsdygtighed) is more than half of the council's seats taking part. A member whose attendance
 * nobody has marked yet (expected) may still come: while they could make it quorate, quorum is not known to be
 * broken, so a council that keeps no attendance in Plenum decides as before.
 */
public final class Participation {

    private Participation() {
    }

    /** Present and seated: a voting member who is here, or a substitute the secretariat seated for an absent one. */
    public static boolean seated(Meeting meeting, Participant participant) {
        if (participant.attendance() != AttendanceStatus.PRESENT) {
            return false;
        }
        if (participant.votes()) {
            return true;
        }
        return participant.role() == MemberRole.SUBSTITUTE && participant.substituteFor() != null
                && meeting.participant(participant.substituteFor())
                        .filter(member -> member.attendance() != AttendanceStatus.PRESENT).isPresent();
    }

    /** Seated and not inhabil on the item; with no item, seated. */
    public static boolean takesPart(Meeting meeting, Participant participant, String itemId) {
        return seated(meeting, participant)
                && (itemId == null || !meeting.voting().isConflicted(itemId, participant.memberId()));
    }

    /** Everyone who takes part in the item (with no item: everyone seated), in the order they were summoned. */
    public static List<Participant> takingPart(Meeting meeting, String itemId) {
        return meeting.participants().stream().filter(participant -> takesPart(meeting, participant, itemId))
                .toList();
    }

    /** Quorum for the item (with no item: for the meeting as it stands). */
    public static Quorum quorum(Meeting meeting, String itemId) {
        int seats = (int) meeting.participants().stream().filter(Participant::votes).count();
        int unmarked = (int) meeting.participants().stream().filter(Participant::votes)
                .filter(participant -> participant.attendance() == AttendanceStatus.EXPECTED)
                .filter(participant -> itemId == null || !meeting.voting().isConflicted(itemId, participant.memberId()))
                .count();
        return new Quorum(seats, takingPart(meeting, itemId).size(), unmarked);
    }

    /**
     * How many of the council's {@code seats} take part, and how many members are not marked yet ({@code unmarked});
     * quorum is more than half of the seats taking part.
     */
    public record Quorum(int seats, int takingPart, int unmarked) {

        public boolean reached() {
            return takingPart * 2 > seats;
        }

        /** Known not to be reached: even if every member not marked yet came, no more than half would take part. */
        public boolean broken() {
            return (takingPart + unmarked) * 2 <= seats;
        }

        /** How many more must take part for quorum; 0 when it is reached. */
        public int missing() {
            return Math.max(0, seats / 2 + 1 - takingPart);
        }
    }
}
