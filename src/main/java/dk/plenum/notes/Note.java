package dk.plenum.notes;

import java.time.Instant;

/**
 * One of a member's notes as its author reads it: on an item ({@code attachmentId} and {@code page} null) or on a
 * page of one of its Bilag; saved last at {@code savedAt}.
 */
public record Note(String itemId, String attachmentId, Integer page, String text, Instant savedAt) {

    public static Note at(NotePlace place, String text, Instant savedAt) {
        return new Note(place.itemId(), place.attachmentId(), place.onBilagPage() ? place.page() : null, text,
                savedAt);
    }

    public NotePlace place() {
        return new NotePlace(itemId, attachmentId, page == null ? 0 : page);
    }
}
