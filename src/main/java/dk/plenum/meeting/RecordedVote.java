package dk.plenum.meeting;

import java.util.List;

/**
 * A vote on an item: who voted for, against and abstained, by member id, as counted from who took part in the
 * item when it was recorded (never typed as numbers). {@code kind} says how it was recorded, which is how the
 * minutes word it: unanimous, by party or group, or member by member as the secretariat taps it; or electronically
 * from the tablets, named or by secret ballot. {@code count} is an electronic vote's numbers (null for the others):
 * a secret ballot has only these, its member lists are empty.
 */
public record RecordedVote(String itemId, Kind kind, List<String> inFavour, List<String> against,
        List<String> abstaining, Count count) {

    public enum Kind {
        UNANIMOUS,
        BY_GROUP,
        BY_MEMBER,
        ELECTRONIC,
        SECRET
    }

    /**
     * An electronic vote's numbers: for, against, abstaining; {@code notVoting}, who took part in the item when the
     * vote closed but cast no ballot; {@code notCounted}, ballots cast whose choice never reached the ballot box (the
     * process died between recording the ballot and counting it), so the chair can hold the vote again.
     */
    public record Count(int inFavour, int against, int abstaining, int notVoting, int notCounted) {

        public int of(Choice choice) {
            return switch (choice) {
                case FOR -> inFavour;
                case AGAINST -> against;
                case ABSTAIN -> abstaining;
            };
        }
    }

    /** How a member voted. */
    public enum Choice {
        FOR,
        AGAINST,
        ABSTAIN
    }

    public RecordedVote {
        inFavour = List.copyOf(inFavour);
        against = List.copyOf(against);
        abstaining = List.copyOf(abstaining);
    }

    /** A vote the secretariat recorded by tapping: no electronic count. */
    public RecordedVote(String itemId, Kind kind, List<String> inFavour, List<String> against,
            List<String> abstaining) {
        this(itemId, kind, inFavour, against, abstaining, null);
    }

    /** The members who voted {@code choice}. */
    public List<String> voted(Choice choice) {
        return switch (choice) {
            case FOR -> inFavour;
            case AGAINST -> against;
            case ABSTAIN -> abstaining;
        };
    }
}
