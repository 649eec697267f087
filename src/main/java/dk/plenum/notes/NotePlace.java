package dk.plenum.notes;

/**
 * Where a note is written: on an agenda item ({@code attachmentId} null, {@code page} 0), or on one page (from 1) of
 * one of its Bilag.
 */
public record NotePlace(String itemId, String attachmentId, int page) {

    public static NotePlace item(String itemId) {
        return new NotePlace(itemId, null, 0);
    }

    public static NotePlace bilagPage(String itemId, String attachmentId, int page) {
        return new NotePlace(itemId, attachmentId, page);
    }

    public boolean onBilagPage() {
        return attachmentId != null;
    }
}
