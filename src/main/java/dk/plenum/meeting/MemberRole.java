package dk.plenum.meeting;

/** The part a person plays in a council: formand, næstformand, medlem, sekretariat or stedfortræder. */
public enum MemberRole {
    CHAIR,
    MEMBER,
    SECRETARIAT,
    SUBSTITUTE,
    /** Næstformand: a voting member who chairs when the chair is away. */
    VICE_CHAIR
}
