package dk.plenum.meeting;

/**
 * What happens to votes and conflicts of interest (inhabilitet) while a meeting runs: each change one event in
 * the log. In the public's copy of an event about a closed item every field is null: nothing of it, not even
 * which item, is the public's.
 */
public final class VotingChanges {

    private VotingChanges() {
    }

    /** The member is inhabil on the item: declared from the tablet, or recorded by the secretariat. */
    @StoredEvent(type = "CONFLICT_OF_INTEREST_DECLARED")
    public record ConflictOfInterestDeclared(String itemId, String memberId) implements MeetingChange {
    }

    /** The secretariat lifted a conflict of interest recorded by mistake: the member takes part in the item again. */
    @StoredEvent(type = "CONFLICT_OF_INTEREST_LIFTED")
    public record ConflictOfInterestLifted(String itemId, String memberId) implements MeetingChange {
    }

    /** A vote on an item as the secretariat recorded it; a later one for the same item replaces it. */
    @StoredEvent(type = "VOTE_RECORDED")
    public record VoteRecorded(RecordedVote vote) implements MeetingChange {
    }
}
