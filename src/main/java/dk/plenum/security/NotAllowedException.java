package dk.plenum.security;

import dk.plenum.meeting.CommandRefusedException;

/** A command refused because of who sent it; a plain message in the UI and 403 in the API. */
public class NotAllowedException extends CommandRefusedException {

    public NotAllowedException(String messageKey, Object... args) {
        super(Reason.FORBIDDEN, messageKey, args);
    }
}
