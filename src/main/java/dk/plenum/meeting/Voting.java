package dk.plenum.meeting;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a meeting holds of votes and conflicts of interest, per item, and the electronic vote open now
 * ({@code ballot}, null when none). Empty in meetings stored before votes existed.
 */
public record Voting(List<ConflictOfInterest> conflicts, List<RecordedVote> votes, Ballot ballot) {

    public static final Voting NONE = new Voting(List.of(), List.of(), null);

    public Voting {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        votes = votes == null ? List.of() : List.copyOf(votes);
    }

    /** Conflicts and votes with no electronic vote open. */
    public Voting(List<ConflictOfInterest> conflicts, List<RecordedVote> votes) {
        this(conflicts, votes, null);
    }

    /** The same conflicts and votes with another open ballot (null: none). */
    public Voting withBallot(Ballot openBallot) {
        return new Voting(conflicts, votes, openBallot);
    }

    Voting cast(Ballot.Cast cast) {
        return ballot == null ? this : withBallot(ballot.cast(cast));
    }

    /** The electronic vote open on the item, if any. */
    public Optional<Ballot> ballotOn(String itemId) {
        return Optional.ofNullable(ballot).filter(open -> open.itemId().equals(itemId));
    }

    Voting declared(ConflictOfInterest conflict) {
        return conflicts.contains(conflict) ? this
                : new Voting(Stream.concat(conflicts.stream(), Stream.of(conflict))
                        .toList(), votes, ballot);
    }

    Voting lifted(ConflictOfInterest conflict) {
        return new Voting(conflicts.stream().filter(held -> !held.equals(conflict)).toList(), votes, ballot);
    }

    /** The vote replaces any earlier one on its item, and keeps its place. */
    Voting recorded(RecordedVote vote) {
        if (voteOn(vote.itemId()).isEmpty()) {
            return new Voting(conflicts, Stream.concat(votes.stream(), Stream.of(vote))
                    .toList(), ballot);
        }
        return new Voting(conflicts, votes.stream().map(held -> held.itemId().equals(vote.itemId()) ? vote : held)
                .toList(), ballot);
    }

    public boolean isConflicted(String itemId, String memberId) {
        return conflicts.contains(new ConflictOfInterest(itemId, memberId));
    }

    /** The members inhabil on the item, in the order they declared it. */
    public List<String> conflictedOn(String itemId) {
        return conflicts.stream().filter(conflict -> conflict.itemId().equals(itemId))
                .map(ConflictOfInterest::memberId).toList();
    }

    public Optional<RecordedVote> voteOn(String itemId) {
        return votes.stream().filter(vote -> vote.itemId().equals(itemId)).findFirst();
    }
}
