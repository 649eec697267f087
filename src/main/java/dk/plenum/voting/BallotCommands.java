package dk.plenum.voting;

import dk.plenum.meeting.Meeting;
import dk.plenum.security.Actor;
import java.util.function.Function;

/** How a view lets the ballot components send a command: as its logged-in user, showing a refusal as a message. */
@FunctionalInterface
public interface BallotCommands {

    /** Runs {@code command} and shows the meeting it returns; false when it was refused (and the refusal shown). */
    boolean run(Function<Actor, Meeting> command);
}
