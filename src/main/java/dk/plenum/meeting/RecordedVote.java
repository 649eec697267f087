package dk.plenum.meeting;

import java.util.List;

/**
 * A vote on an item: who voted for, against and abstained, by member id, as counted from who took part in the
 * item when it was recorded (never typed as numbers). {@code kind} says how the secretariat recorded it, which is
 * how the minutes word it: unanimous, by party or group, or member by member.
 */
public record RecordedVote(String itemId, Kind kind, List<String> inFavour, List<String> against,
        List<String> abstaining) {

    public enum Kind {
        UNANIMOUS,
        BY_GROUP,
        BY_MEMBER
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

    /** The members who voted {@code choice}. */
    public List<String> voted(Choice choice) {
        return switch (choice) {
            case FOR -> inFavour;
            case AGAINST -> against;
            case ABSTAIN -> abstaining;
        };
    }
}
