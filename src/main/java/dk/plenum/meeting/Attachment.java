package dk.plenum.meeting;

/** A document attached to an item (bilag); it can be closed even when its item is open. */
public record Attachment(String id, String name, Visibility visibility) {
}
