package dk.plenum.meeting;

import java.util.List;

/**
 * What happens to an item's Bilag as the secretariat prepares it: each change one event in the log. A file
 * once stored is never deleted: a replaced or removed Bilag's earlier file stays in the file store, named by
 * the event that added it.
 */
public final class AttachmentChanges {

    private AttachmentChanges() {
    }

    /**
     * Bilag uploaded to an item, added after its other Bilag: one event for the files of one upload, so that
     * they are stored all or none, and a retried upload is answered once.
     */
    @StoredEvent(type = "ATTACHMENTS_ADDED")
    public record AttachmentsAdded(String itemId, List<Attachment> attachments) implements MeetingChange {

        public AttachmentsAdded {
            attachments = List.copyOf(attachments);
        }
    }

    @StoredEvent(type = "ATTACHMENT_RENAMED")
    public record AttachmentRenamed(String itemId, String attachmentId, String name) implements MeetingChange {
    }

    /** A Bilag opened to the public, or closed. */
    @StoredEvent(type = "ATTACHMENT_VISIBILITY_SET")
    public record AttachmentVisibilitySet(String itemId, String attachmentId, Visibility visibility)
            implements MeetingChange {
    }

    /** The item's Bilag in a new order; the list names each of them once. */
    @StoredEvent(type = "ATTACHMENTS_REORDERED")
    public record AttachmentsReordered(String itemId, List<String> attachmentIds) implements MeetingChange {

        public AttachmentsReordered {
            attachmentIds = List.copyOf(attachmentIds);
        }
    }

    /** A new version of a Bilag's file; the Bilag keeps its id, name, place and visibility. */
    @StoredEvent(type = "ATTACHMENT_REPLACED")
    public record AttachmentReplaced(String itemId, String attachmentId, String fileId, Integer pageCount, Long size,
            String sha256) implements MeetingChange {
    }

    @StoredEvent(type = "ATTACHMENT_REMOVED")
    public record AttachmentRemoved(String itemId, String attachmentId) implements MeetingChange {
    }
}
