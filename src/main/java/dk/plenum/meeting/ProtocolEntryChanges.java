package dk.plenum.meeting;

/** What happens to a protocol entry (protokoltilførsel): each step one event in the log. */
public final class ProtocolEntryChanges {

    private ProtocolEntryChanges() {
    }

    /** A member asked for {@code text} to be entered in the minutes under the item. */
    @StoredEvent(type = "PROTOCOL_ENTRY_REQUESTED", version = 1)
    public record ProtocolEntryRequested(String entryId, String itemId, String memberId, String text)
            implements MeetingChange {
    }

    /**
     * The secretariat or the chair accepted the entry: it prints in the minutes. The event repeats what was
     * accepted, so an audience that was not shown the request (only its author and the secretariat are) learns it
     * here.
     */
    @StoredEvent(type = "PROTOCOL_ENTRY_ACCEPTED", version = 1)
    public record ProtocolEntryAccepted(String entryId, String itemId, String memberId, String text)
            implements MeetingChange {
    }

    /** The secretariat or the chair refused the entry, saying why in {@code note}. */
    @StoredEvent(type = "PROTOCOL_ENTRY_REFUSED", version = 1)
    public record ProtocolEntryRefused(String entryId, String note) implements MeetingChange {
    }
}
