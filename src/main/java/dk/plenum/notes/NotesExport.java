package dk.plenum.notes;

import dk.plenum.minutes.MinutesFormat;

/** A member's notes of one meeting as a file, ready to send: bytes, format (the minutes' formats) and file name. */
public record NotesExport(byte[] content, MinutesFormat format, String fileName) {
}
