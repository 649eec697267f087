package dk.plenum.meeting;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a meeting holds of votes and conflicts of interest, per item. Empty in meetings stored before votes
 * existed.
 */
public record Voting(List<ConflictOfInterest> conflicts, List<RecordedVote> votes) {

    public static final Voting NONE = new Voting(List.of(), List.of());

    public Voting {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        votes = votes == null ? List.of() : List.copyOf(votes);
    }

    Voting declared(ConflictOfInterest conflict) {
        return conflicts.contains(conflict) ? this
                : new Voting(Stream.concat(conflicts.stream(), Stream.of(conflict))
                        .toList(), votes);
    }

    Voting lifted(ConflictOfInterest conflict) {
        return new Voting(conflicts.stream().filter(held -> !held.equals(conflict)).toList(), votes);
    }

    /** The vote replaces any earlier one on its item, and keeps its place. */
    Voting recorded(RecordedVote vote) {
        if (voteOn(vote.itemId()).isEmpty()) {
            return new Voting(conflicts, Stream.concat(votes.stream(), Stream.of(vote))
                    .toList());
        }
        return new Voting(conflicts, votes.stream().map(held -> held.itemId().equals(vote.itemId()) ? vote : held)
                .toList());
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
