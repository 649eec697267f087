package dk.plenum.proceedings.ui;

import dk.plenum.meeting.Meeting;
import dk.plenum.security.Actor;
import java.util.function.Function;

/** How the control view's parts send a command: as the logged-in secretary, with refusals shown as messages. */
@FunctionalInterface
interface CommandRunner {

    /** Runs {@code command}; true when it went through, false when it was refused (and the refusal shown). */
    boolean run(Function<Actor, Meeting> command);
}
