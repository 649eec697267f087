package dk.plenum.meeting;

/** A member inhabil on an item: they take no part in it (no vote, not counted for its quorum). */
public record ConflictOfInterest(String itemId, String memberId) {
}
