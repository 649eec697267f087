package dk.plenum.meeting;

import java.time.Instant;

/**
 * A protocol entry (protokoltilførsel): a member's own short statement for an item, which the minutes print under
 * it once the secretariat or the chair accepted it. {@code refusalNote} says why a refused entry was refused.
 */
public record ProtocolEntry(String id, String itemId, String memberId, String text, Instant requestedAt,
        ProtocolEntryState state, String refusalNote) {

    ProtocolEntry accepted() {
        return new ProtocolEntry(id, itemId, memberId, text, requestedAt, ProtocolEntryState.ACCEPTED, null);
    }

    ProtocolEntry refused(String note) {
        return new ProtocolEntry(id, itemId, memberId, text, requestedAt, ProtocolEntryState.REFUSED, note);
    }

    public boolean isAccepted() {
        return state == ProtocolEntryState.ACCEPTED;
    }
}
