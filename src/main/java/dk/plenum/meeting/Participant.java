package dk.plenum.meeting;

/**
 * A person summoned to a meeting, with the member id that stays the same across meetings, and where
 * they are now. A substitute (stedfortræder) who attends names the member they stand in for.
 */
public record Participant(String memberId, String name, MemberRole role, AttendanceStatus attendance,
        String substituteFor) {

    public static Participant summoned(String memberId, String name, MemberRole role) {
        return new Participant(memberId, name, role, AttendanceStatus.EXPECTED, null);
    }

    /** Whether the minutes count this person's absence: chair, vice chair and members, not staff or unused substitutes. */
    public boolean votes() {
        return role == MemberRole.CHAIR || role == MemberRole.VICE_CHAIR || role == MemberRole.MEMBER;
    }

    Participant withAttendance(AttendanceStatus status, String standsInFor) {
        return new Participant(memberId, name, role, status, standsInFor);
    }
}
