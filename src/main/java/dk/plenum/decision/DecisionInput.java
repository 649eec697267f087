package dk.plenum.decision;

import dk.plenum.meeting.DecisionOutcome;

/**
 * A decision as the secretariat types it: the outcome, the text the minutes print, for a closed item
 * the text the public may read, and any dissent (mindretalsudtalelse). {@code reason} is required for
 * a correction after the minutes were approved, and only then.
 */
public record DecisionInput(DecisionOutcome outcome, String text, String publicText, String dissent, String reason) {
}
