package dk.plenum.decision;

import dk.plenum.meeting.DecisionOutcome;
import java.util.List;

/**
 * A decision as the secretariat types it: the outcome, the text the minutes print, for a closed item
 * the text the public may read, and any dissent (mindretalsudtalelse). {@code reason} is required for
 * a correction after the minutes were approved, and only then. {@code confirmWithoutQuorum}: the secretary
 * knows the council is not quorate now and records it anyway (the decision is marked so).
 * {@code dissentingParties} and {@code dissentingMemberIds}: who cannot support the recommendation.
 */
public record DecisionInput(DecisionOutcome outcome, String text, String publicText, String dissent, String reason,
        Boolean confirmWithoutQuorum, List<String> dissentingParties, List<String> dissentingMemberIds) {

    public DecisionInput {
        confirmWithoutQuorum = Boolean.TRUE.equals(confirmWithoutQuorum);
        dissentingParties = dissentingParties == null ? List.of() : List.copyOf(dissentingParties);
        dissentingMemberIds = dissentingMemberIds == null ? List.of() : List.copyOf(dissentingMemberIds);
    }

    /** A decision recorded with quorum, naming no dissenters. */
    public DecisionInput(DecisionOutcome outcome, String text, String publicText, String dissent, String reason) {
        this(outcome, text, publicText, dissent, reason, false, List.of(), List.of());
    }

    /** The same decision, recorded although the council is not quorate. */
    public DecisionInput confirmedWithoutQuorum() {
        return new DecisionInput(outcome, text, publicText, dissent, reason, true, dissentingParties,
                dissentingMemberIds);
    }
}
