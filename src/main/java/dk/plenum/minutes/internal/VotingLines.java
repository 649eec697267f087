package dk.plenum.minutes.internal;

import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Translations;
import dk.plenum.meeting.VoteSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The minutes' lines on who took part in an item and how it was decided: "X deltog ikke i behandlingen af punktet
 * pga. inhabilitet.", "For stemte 20 (A, C, V). Imod stemte 5 (F, Ø). Undlod at stemme 1 (O).", a decision made
 * without quorum, and "V+F+Ø kan ikke tiltræde indstillingen.".
 */
final class VotingLines {

    private final Meeting meeting;
    private final Locale locale;

    VotingLines(Meeting meeting, Locale locale) {
        this.meeting = meeting;
        this.locale = locale;
    }

    /** The conflicts of interest on the item and its vote, in that order. */
    List<String> of(String itemId) {
        List<String> lines = new ArrayList<>();
        meeting.voting().conflictedOn(itemId)
                .forEach(memberId -> lines.add(label("minutes.conflict", meeting.nameOf(memberId))));
        meeting.voting().voteOn(itemId).map(vote -> VoteSentence.of(meeting, vote, locale)).ifPresent(lines::add);
        return lines;
    }

    /** The decision's quorum mark and the members and groups who cannot support the recommendation. */
    List<String> of(Decision decision) {
        List<String> lines = new ArrayList<>();
        if (decision.withoutQuorum()) {
            lines.add(label("minutes.withoutQuorum"));
        }
        VoteSentence.dissenters(meeting, decision, locale).ifPresent(lines::add);
        return lines;
    }


    private String label(String key, Object... args) {
        return Translations.text(key, locale, args);
    }
}
