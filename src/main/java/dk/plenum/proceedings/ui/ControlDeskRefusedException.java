package dk.plenum.proceedings.ui;

/**
 * Vaadin's access check refused the control desk to someone logged in without the secretariat's role (a member):
 * {@link MeetingControlView}'s {@code @AccessDeniedErrorRouter} sends them to {@link ControlDeskRefusedView}. Public,
 * with a public constructor, because Vaadin's access check creates it by reflection.
 */
public class ControlDeskRefusedException extends RuntimeException {

    public ControlDeskRefusedException() {
        super("The control desk is for the secretariat");
    }
}
