package dk.plenum.meeting;

/** Ordinært møde or temamøde. */
public enum MeetingKind {
    ORDINARY,
    THEME
}
