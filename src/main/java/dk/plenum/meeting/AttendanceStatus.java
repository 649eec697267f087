package dk.plenum.meeting;

/**
 * Where a summoned person is: not heard from yet, present (checked in, or returned), sent apologies
 * (afbud), absent without notice, or left during the meeting.
 */
public enum AttendanceStatus {
    EXPECTED,
    PRESENT,
    APOLOGY,
    ABSENT,
    LEFT
}
