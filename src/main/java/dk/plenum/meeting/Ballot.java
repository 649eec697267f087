package dk.plenum.meeting;

import dk.plenum.meeting.RecordedVote.Choice;
import java.util.List;
import java.util.stream.Stream;

/**
 * The electronic vote open on an item, while members cast their ballots from the tablets; at most one per meeting.
 * {@code openedSeq} is the sequence number of the event that opened it, which tells this ballot from any later one
 * on the same item. {@code casts}: who has voted, in the order they did, each with their choice in a named vote;
 * in a secret ballot the choice is never here (null), only that the member voted.
 */
public record Ballot(String itemId, boolean secret, long openedSeq, List<Cast> casts) {

    /** One member's ballot; {@code choice} is null in a secret ballot, and for whoever may not see it yet. */
    public record Cast(String memberId, Choice choice) {
    }

    public Ballot {
        casts = casts == null ? List.of() : List.copyOf(casts);
    }

    Ballot cast(Cast cast) {
        return new Ballot(itemId, secret, openedSeq, Stream.concat(casts.stream(), Stream.of(cast)).toList());
    }

    public boolean hasVoted(String memberId) {
        return casts.stream().anyMatch(cast -> cast.memberId().equals(memberId));
    }

    /** How many voted {@code choice} (named vote, as far as the choices are known to whoever holds this copy). */
    public long count(Choice choice) {
        return casts.stream().filter(cast -> cast.choice() == choice).count();
    }

    /** The same ballot without who has voted: that it is open, and on which item. */
    public Ballot withoutVoters() {
        return new Ballot(itemId, secret, openedSeq, List.of());
    }

    /** The same ballot without anyone's choice: who has voted, not what. */
    public Ballot withoutChoices() {
        return new Ballot(itemId, secret, openedSeq, casts.stream().map(cast -> new Cast(cast.memberId(), null))
                .toList());
    }
}
