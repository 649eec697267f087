package dk.plenum.meeting;

/**
 * The kind of decision, for badges, search and statistics; the decision's free text is what the
 * minutes print. Godkendt, Til orientering, Til efterretning, Drøftedes, Anbefales, Tiltrådt, Udsat,
 * Forkastet, Intet, or something else.
 */
public enum DecisionOutcome {
    APPROVED,
    FOR_INFORMATION,
    NOTED,
    DISCUSSED,
    RECOMMENDED,
    AGREED,
    POSTPONED,
    REJECTED,
    NONE,
    OTHER
}
