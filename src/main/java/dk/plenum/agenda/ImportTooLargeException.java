package dk.plenum.agenda;

/** The imported meeting would pass one of the meeting's size limits; nothing was stored. */
public class ImportTooLargeException extends RuntimeException {

    public ImportTooLargeException(String limit) {
        super(limit);
    }
}
