package dk.plenum.meeting;

/** Where a meeting is in its life: announced, running, paused, or over. */
public enum MeetingStatus {
    SCHEDULED,
    LIVE,
    ADJOURNED,
    CLOSED
}
