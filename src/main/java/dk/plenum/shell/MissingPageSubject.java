package dk.plenum.shell;

import com.vaadin.flow.router.RouteParameters;

/**
 * A feature's word on what a page's address names besides a meeting (a council, say): whether it is missing, so that
 * {@link NotFoundStatus} draws the page in its own request and the not-found view answers it with HTTP 404.
 */
public interface MissingPageSubject {

    /** Whether the address's route {@code parameters} name something of this feature that does not exist. */
    boolean missing(RouteParameters parameters);
}
