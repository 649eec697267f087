package dk.plenum.security;

/** A command refused because of who sent it; shown as a plain message in the UI and as 403 in the API. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
