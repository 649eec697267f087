package dk.plenum.agenda;

import java.time.Instant;

/** The council already has a meeting starting at that time; importing it again would make a twin. */
public class DuplicateMeetingException extends RuntimeException {

    public DuplicateMeetingException(String council, Instant startsAt) {
        super(council + " already has a meeting starting at " + startsAt);
    }
}
