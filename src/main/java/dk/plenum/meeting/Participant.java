package dk.plenum.meeting;

/**
 * A person summoned to a meeting, with the member id that stays the same across meetings, and where
 * they are now. A substitute (stedfortræder) who attends names the member they stand in for.
 * {@code party}: the party letter or group the council knows them by, copied when the meeting was scheduled,
 * created or imported (null when the council knows none, and in meetings stored before parties existed); a
 * vote by groups is counted by it.
 * {@code apologyReason}: why they sent an apology, when they said (only while their attendance is an apology);
 * {@code plannedDeparture}: when a present member said they will leave (only while present). Both are null in
 * meetings stored before they existed; who may read them is decided in {@code visibility.MeetingVisibility}.
 */
public record Participant(String memberId, String name, MemberRole role, AttendanceStatus attendance,
        String substituteFor, String party, String apologyReason, PlannedDeparture plannedDeparture) {

    /** Someone with no apology reason and no planned departure. */
    public Participant(String memberId, String name, MemberRole role, AttendanceStatus attendance,
            String substituteFor, String party) {
        this(memberId, name, role, attendance, substituteFor, party, null, null);
    }

    /** Someone with no party, as meetings stored before parties existed have them. */
    public Participant(String memberId, String name, MemberRole role, AttendanceStatus attendance,
            String substituteFor) {
        this(memberId, name, role, attendance, substituteFor, null);
    }

    public static Participant summoned(String memberId, String name, MemberRole role) {
        return summoned(memberId, name, role, null);
    }

    public static Participant summoned(String memberId, String name, MemberRole role, String party) {
        return new Participant(memberId, name, role, AttendanceStatus.EXPECTED, null, party);
    }

    /** Whether the minutes count this person's absence: chair, vice chair and members, not staff or unused substitutes. */
    public boolean votes() {
        return role == MemberRole.CHAIR || role == MemberRole.VICE_CHAIR || role == MemberRole.MEMBER;
    }

    /** The meeting's chair, present: beside the secretariat, runs the list of speakers and decides on entries. */
    public boolean chairsPresent() {
        return role == MemberRole.CHAIR && attendance == AttendanceStatus.PRESENT;
    }

    /** Marked anew: a reason goes with an apology only, and a planned departure ends with being present. */
    Participant withAttendance(AttendanceStatus status, String standsInFor, String reason) {
        return new Participant(memberId, name, role, status, standsInFor, party,
                status == AttendanceStatus.APOLOGY ? reason : null,
                status == AttendanceStatus.PRESENT ? plannedDeparture : null);
    }

    Participant withPlannedDeparture(PlannedDeparture departure) {
        return new Participant(memberId, name, role, attendance, substituteFor, party, apologyReason, departure);
    }

    /** As an audience may see them: without the apology's reason, the planned departure, or either. */
    public Participant withoutNotes(boolean reason, boolean departure) {
        return new Participant(memberId, name, role, attendance, substituteFor, party,
                reason ? null : apologyReason, departure ? null : plannedDeparture);
    }
}
