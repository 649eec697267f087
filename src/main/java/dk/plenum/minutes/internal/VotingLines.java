package dk.plenum.minutes.internal;

import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.RecordedVote;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.meeting.Translations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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
                .forEach(memberId -> lines.add(label("minutes.conflict", name(memberId))));
        meeting.voting().voteOn(itemId).map(this::vote).ifPresent(lines::add);
        return lines;
    }

    /** The decision's quorum mark and the members and groups who cannot support the recommendation. */
    List<String> of(Decision decision) {
        List<String> lines = new ArrayList<>();
        if (decision.withoutQuorum()) {
            lines.add(label("minutes.withoutQuorum"));
        }
        List<String> dissenters = new ArrayList<>();
        if (!decision.dissentingParties().isEmpty()) {
            dissenters.add(String.join("+", decision.dissentingParties()));
        }
        decision.dissentingMemberIds().forEach(memberId -> dissenters.add(name(memberId)));
        if (!dissenters.isEmpty()) {
            lines.add(label("minutes.dissenting", enumeration(dissenters)));
        }
        return lines;
    }

    private String vote(RecordedVote vote) {
        if (vote.kind() == RecordedVote.Kind.UNANIMOUS) {
            return label("minutes.vote.unanimous", vote.inFavour().size());
        }
        List<String> parts = new ArrayList<>();
        for (Choice choice : Choice.values()) {
            List<String> voters = vote.voted(choice);
            // "For" always, so a vote everyone abstained from still says none were for.
            if (!voters.isEmpty() || choice == Choice.FOR) {
                parts.add(label(voters.isEmpty() ? "minutes.vote.none." + choice : "minutes.vote." + choice,
                        voters.size(), who(vote.kind(), voters)));
            }
        }
        return String.join(" ", parts);
    }

    /** By group: the groups' letters, sorted, and the names of any who have none; by member: the names. */
    private String who(RecordedVote.Kind kind, List<String> voters) {
        if (kind == RecordedVote.Kind.BY_MEMBER) {
            return String.join(", ", voters.stream().map(this::name).toList());
        }
        List<Participant> participants = voters.stream().map(meeting::participant).flatMap(Optional::stream)
                .toList();
        return String.join(", ", Stream.concat(
                participants.stream().map(Participant::party).filter(Objects::nonNull).distinct().sorted(),
                participants.stream().filter(participant -> participant.party() == null).map(Participant::name))
                .toList());
    }

    private String enumeration(List<String> names) {
        return names.size() == 1 ? names.getFirst() : label("minutes.and",
                String.join(", ", names.subList(0, names.size() - 1)), names.getLast());
    }

    private String name(String memberId) {
        return meeting.participant(memberId).map(Participant::name).orElse(memberId);
    }

    private String label(String key, Object... args) {
        return Translations.text(key, locale, args);
    }
}
