package dk.plenum.voting;

import dk.plenum.meeting.RecordedVote.Choice;
import java.util.Map;

/**
 * A vote as the secretariat taps it: {@code unanimous}, or how each party or group voted ({@code groups}, by
 * party letter), with any member who voted otherwise than their group, or who has no group, in {@code members}
 * (by member id). Every member who takes part in the item must be covered; the counts follow from who they are.
 */
public record VoteInput(Boolean unanimous, Map<String, Choice> groups, Map<String, Choice> members) {

    public VoteInput {
        unanimous = Boolean.TRUE.equals(unanimous);
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        members = members == null ? Map.of() : Map.copyOf(members);
    }

    public static VoteInput unanimously() {
        return new VoteInput(true, Map.of(), Map.of());
    }
}
