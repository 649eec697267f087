package dk.plenum.meeting;

import java.time.Instant;
import java.util.List;

/**
 * An item's recorded decision (beslutning). For a closed item {@code publicText} is what the public
 * may read; {@code absentMemberIds} is who was absent when it was recorded, for the minutes'
 * "X var fraværende." line. {@code corrections} lists every change made after the minutes were
 * approved, oldest first. In the public's copy of a closed item's decision only the public text is
 * left: {@code outcome}, {@code dissent}, {@code recordedAt} and {@code recordedBy} are null,
 * {@code absentMemberIds} and {@code corrections} empty, {@code revision} 0. The public's copy of any
 * decision names no secretary: {@code recordedBy} and every correction's {@code by} are null.
 * {@code withoutQuorum}: the secretary confirmed recording it while the council was not quorate
 * (beslutningsdygtig); the minutes say so. {@code dissentingParties} and {@code dissentingMemberIds}: the groups
 * and members who cannot support the recommendation ("V+F+Ø kan ikke tiltræde indstillingen"), beside the free
 * text {@code dissent}. Decisions stored before these existed read as quorate, with no one named.
 */
public record Decision(
        DecisionOutcome outcome,
        String text,
        String publicText,
        String dissent,
        List<String> absentMemberIds,
        Instant recordedAt,
        String recordedBy,
        int revision,
        List<Correction> corrections,
        Boolean withoutQuorum,
        List<String> dissentingParties,
        List<String> dissentingMemberIds) {

    /** A decision recorded with quorum, naming no dissenters. */
    public Decision(DecisionOutcome outcome, String text, String publicText, String dissent,
            List<String> absentMemberIds, Instant recordedAt, String recordedBy, int revision,
            List<Correction> corrections) {
        this(outcome, text, publicText, dissent, absentMemberIds, recordedAt, recordedBy, revision, corrections, false,
                List.of(), List.of());
    }

    public Decision {
        withoutQuorum = Boolean.TRUE.equals(withoutQuorum);
        dissentingParties = dissentingParties == null ? List.of() : List.copyOf(dissentingParties);
        dissentingMemberIds = dissentingMemberIds == null ? List.of() : List.copyOf(dissentingMemberIds);
        absentMemberIds = List.copyOf(absentMemberIds);
        // Decisions stored before corrections existed have none.
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }
}
