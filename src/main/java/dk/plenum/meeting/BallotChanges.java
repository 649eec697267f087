package dk.plenum.meeting;

import dk.plenum.meeting.RecordedVote.Choice;

/**
 * An electronic vote from the tablets, each step one event in the log: the secretariat opens it on an item, each
 * member taking part casts one ballot, the secretariat closes it and the result becomes the item's vote. In the
 * public's copy of an event about a closed item every field is null, as with the other votes.
 */
public final class BallotChanges {

    private BallotChanges() {
    }

    /** The secretariat opened an electronic vote on the item: named, or a secret ballot. */
    @StoredEvent(type = "BALLOT_OPENED")
    public record BallotOpened(String itemId, Boolean secret) implements MeetingChange {
    }

    /**
     * The member cast their ballot. {@code choice} is null in a secret ballot (the choice is only counted, never
     * stored with who made it), and in the copy of anyone who may not see it before the vote closes.
     */
    @StoredEvent(type = "BALLOT_CAST")
    public record BallotCast(String itemId, String memberId, Choice choice) implements MeetingChange {
    }

    /** The secretariat closed the vote; its result is the item's vote, replacing any earlier one. */
    @StoredEvent(type = "BALLOT_CLOSED")
    public record BallotClosed(RecordedVote vote) implements MeetingChange {
    }

    /**
     * The secretariat cancelled the vote open on the item (opened by mistake): its ballots are discarded, no result
     * is recorded and nothing of it goes into the minutes; the item keeps any vote it had before.
     */
    @StoredEvent(type = "BALLOT_CANCELLED")
    public record BallotCancelled(String itemId) implements MeetingChange {
    }
}
