package dk.plenum.meeting;

/** A meeting changed so often at once that a command could not get its turn; it may simply be retried. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String meetingId) {
        super("Meeting " + meetingId + " is changing too fast right now; please try again");
    }
}
