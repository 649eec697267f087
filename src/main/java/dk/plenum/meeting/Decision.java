package dk.plenum.meeting;

import java.time.Instant;
import java.util.List;

/**
 * An item's recorded decision (beslutning). For a closed item {@code publicText} is what the public
 * may read; {@code absentMemberIds} is who was absent when it was recorded, for the minutes'
 * "X var fraværende." line. {@code corrections} lists every change made after the minutes were
 * approved, oldest first. In the public's copy of a closed item's decision only the public text is
 * left: {@code outcome}, {@code dissent} and {@code recordedBy} are null, {@code corrections} empty.
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
        List<Correction> corrections) {

    public Decision {
        absentMemberIds = List.copyOf(absentMemberIds);
        // Decisions stored before corrections existed have none.
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }
}
