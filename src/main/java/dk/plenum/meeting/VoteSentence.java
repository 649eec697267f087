package dk.plenum.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A recorded vote as one sentence, the way Danish minutes write it: "For stemte 20 (A, C, V). Imod stemte 5 (F, Ø).
 * Undlod at stemme 1 (O)." (by group: the groups' letters, and the names of any who have none; member by member:
 * the names; an electronic vote as member by member), or "Enstemmigt vedtaget (9 stemte for)."; a secret ballot by
 * its counts only ("Ved hemmelig afstemning stemte 12 for, 3 imod og 1 undlod at stemme."), and an electronic vote
 * says how many taking part did not vote ("2 stemte ikke."); and who cannot support the recommendation ("V+F+Ø kan
 * ikke tiltræde indstillingen."). The minutes and the views say them the same way.
 */
public final class VoteSentence {

    private VoteSentence() {
    }

    public static String of(Meeting meeting, RecordedVote vote, Locale locale) {
        if (vote.kind() == RecordedVote.Kind.UNANIMOUS) {
            return Translations.text("minutes.vote.unanimous", locale, vote.inFavour().size());
        }
        if (vote.kind() == RecordedVote.Kind.SECRET) {
            RecordedVote.Count count = vote.count();
            return withUncast(Translations.text("minutes.vote.secret", locale, count.inFavour(), count.against(),
                    count.abstaining()), count, locale);
        }
        String named = named(meeting, vote, locale);
        return vote.count() == null ? named : withUncast(named, vote.count(), locale);
    }

    /**
     * An electronic vote's sentence, then who took part but did not vote ("2 stemte ikke.") and any ballots cast but
     * not counted, when there are.
     */
    private static String withUncast(String sentence, RecordedVote.Count count, Locale locale) {
        List<String> parts = new ArrayList<>(List.of(sentence));
        if (count.notVoting() > 0) {
            parts.add(Translations.text("minutes.vote.notVoting", locale, count.notVoting()));
        }
        if (count.notCounted() > 0) {
            parts.add(Translations.text("minutes.vote.notCounted", locale, count.notCounted()));
        }
        return String.join(" ", parts);
    }

    /** For, against and abstaining, each with its voters' groups or names. */
    private static String named(Meeting meeting, RecordedVote vote, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (RecordedVote.Choice choice : RecordedVote.Choice.values()) {
            List<String> voters = vote.voted(choice);
            // "For" always, so a vote everyone abstained from still says none were for.
            if (!voters.isEmpty() || choice == RecordedVote.Choice.FOR) {
                parts.add(Translations.text(voters.isEmpty() ? "minutes.vote.none." + choice : "minutes.vote." + choice,
                        locale, voters.size(), who(meeting, vote.kind(), voters)));
            }
        }
        return String.join(" ", parts);
    }

    /** Who the decision names as unable to support the recommendation: groups joined by "+", then members by name. */
    public static Optional<String> dissenters(Meeting meeting, Decision decision, Locale locale) {
        List<String> dissenters = new ArrayList<>();
        if (!decision.dissentingParties().isEmpty()) {
            dissenters.add(String.join("+", decision.dissentingParties()));
        }
        decision.dissentingMemberIds().forEach(memberId ->
                dissenters.add(meeting.nameOf(memberId)));
        if (dissenters.isEmpty()) {
            return Optional.empty();
        }
        String names = dissenters.size() == 1 ? dissenters.getFirst() : Translations.text("minutes.and", locale,
                String.join(", ", dissenters.subList(0, dissenters.size() - 1)), dissenters.getLast());
        return Optional.of(Translations.text("minutes.dissenting", locale, names));
    }

    private static String who(Meeting meeting, RecordedVote.Kind kind, List<String> voters) {
        List<Participant> participants = voters.stream().map(meeting::participant).flatMap(Optional::stream).toList();
        if (kind == RecordedVote.Kind.BY_MEMBER || kind == RecordedVote.Kind.ELECTRONIC) {
            return String.join(", ", participants.stream().map(Participant::name).toList());
        }
        return String.join(", ", Stream.concat(
                participants.stream().map(Participant::party).filter(Objects::nonNull).distinct().sorted(),
                participants.stream().filter(participant -> participant.party() == null).map(Participant::name))
                .toList());
    }
}
