package dk.plenum.shell;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.security.CurrentActor;
import dk.plenum.visibility.MeetingVisibility;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A wrong address answers HTTP 404 with the not-found page ({@link NotFoundView}). Vaadin answers every page address
 * with its start page (200) and draws the view only on the browser's next request, so the status of the address itself
 * would always be 200. For an address that names no page, a meeting that does not exist or that the viewer may not see
 * (a draft, for the public and the members), or anything a feature's {@link MissingPageSubject} says is missing (an
 * unknown council), the view is drawn in the page's own request instead (Vaadin's "initial UIDL"), and the router
 * gives that request the view's status: 404 where the view finds nothing to show. Every other page loads as before.
 * (The security chain lets such an address through to here, see {@code security.internal.SecurityConfiguration}.)
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    private final MeetingJournal journal;
    private final CurrentActor currentActor;
    private final List<MissingPageSubject> subjects;

    NotFoundStatus(MeetingJournal journal, CurrentActor currentActor, List<MissingPageSubject> subjects) {
        this.journal = journal;
        this.currentActor = currentActor;
        this.subjects = subjects;
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
                    .map(target -> hiddenMeeting(target.getRouteParameters())
                            || subjects.stream().anyMatch(subject -> subject.missing(target.getRouteParameters())))
                    .orElse(true);
        } catch (IllegalArgumentException notAPath) {
            return true;
        }
    }

    /** A meeting the address names that does not exist, or that the viewer may not see. */
    private boolean hiddenMeeting(RouteParameters parameters) {
        return parameters.get(Navigation.MEETING_ID).map(meetingId -> journal.find(meetingId)
                .map(meeting -> !MeetingVisibility.isVisibleTo(currentActor.audienceFor(meeting), meeting))
                .orElse(true)).orElse(false);
    }
}
