package dk.plenum.meeting;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * A document attached to an item (bilag); it can be closed even when its item is open. An uploaded Bilag
 * carries its PDF: {@code fileId} names it in the file store, with its page count, size in bytes and SHA-256
 * (hex). An imported Bilag, and every Bilag of a meeting stored before files existed, is a name only: those
 * four are null.
 */
public record Attachment(String id, String name, Visibility visibility, String fileId, Integer pageCount, Long size,
        String sha256) {

    @PersistenceCreator
    public Attachment {
    }

    /** A Bilag known by its name only, without a file. */
    public Attachment(String id, String name, Visibility visibility) {
        this(id, name, visibility, null, null, null, null);
    }

    public boolean hasFile() {
        return fileId != null;
    }

    public boolean isOpen() {
        return visibility == Visibility.OPEN;
    }

    Attachment named(String newName) {
        return new Attachment(id, newName, visibility, fileId, pageCount, size, sha256);
    }

    Attachment withVisibility(Visibility newVisibility) {
        return new Attachment(id, name, newVisibility, fileId, pageCount, size, sha256);
    }

    Attachment withFile(AttachmentChanges.AttachmentReplaced replaced) {
        return new Attachment(id, name, visibility, replaced.fileId(), replaced.pageCount(), replaced.size(),
                replaced.sha256());
    }
}
