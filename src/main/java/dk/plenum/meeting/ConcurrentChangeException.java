package dk.plenum.meeting;

/** A meeting changed so often at once that a command could not get its turn; it may simply be retried. */
public class ConcurrentChangeException extends CommandRefusedException {

    public ConcurrentChangeException(String meetingId) {
        super(Reason.CONFLICT, "refused.busy", meetingId);
    }
}
