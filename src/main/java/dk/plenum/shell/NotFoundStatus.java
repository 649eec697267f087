package dk.plenum.shell;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.plenum.meeting.MeetingJournal;
import org.springframework.stereotype.Component;

/**
 * A wrong address answers HTTP 404 with the not-found page ({@link NotFoundView}). Vaadin answers every page address
 * with its start page (200) and draws the view only on the browser's next request, so the status of the address itself
 * would always be 200. For an address that names no page, or a meeting that does not exist, the view is drawn in the
 * page's own request instead (Vaadin's "initial UIDL"), and the router gives that request the view's status: 404.
 * Every other page loads as before. (The security chain lets such an address through to here, see {@code
 * security.internal.SecurityConfiguration}.)
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    private final MeetingJournal journal;

    NotFoundStatus(MeetingJournal journal) {
        this.journal = journal;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        BootstrapInitialPredicate configured = event.getSource().getBootstrapInitialPredicate();
        Router router = event.getSource().getRouter();
        event.getSource().setBootstrapInitialPredicate(request ->
                configured.includeInitialUidl(request) || namesNothing(router, request));
    }

    private boolean namesNothing(Router router, VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        try {
            return router.resolveNavigationTarget(new Location(path))
                    .map(target -> target.getRouteParameters().get(Navigation.MEETING_ID)
                            .map(meetingId -> journal.find(meetingId).isEmpty()).orElse(false))
                    .orElse(true);
        } catch (IllegalArgumentException notAPath) {
            return true;
        }
    }
}
