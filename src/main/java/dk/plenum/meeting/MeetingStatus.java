package dk.plenum.meeting;

/** Where a meeting is in its life: announced, running, paused, over, or cancelled (aflyst) before it began. */
public enum MeetingStatus {
    SCHEDULED,
    LIVE,
    ADJOURNED,
    CLOSED,
    CANCELLED
}
