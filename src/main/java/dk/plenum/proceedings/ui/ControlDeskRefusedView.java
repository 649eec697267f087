package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.security.CurrentActor;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Navigation;
import dk.plenum.shell.NotFoundView;
import dk.plenum.visibility.MeetingVisibility;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;

/**
 * What a member who opens a meeting's control desk sees: that the desk is the secretariat's, and the way back to the
 * meeting. Only for a meeting they may see; for any other (a draft, a meeting of no council of theirs that is not
 * public yet) the page is the ordinary not-found page, so that the refusal reveals nothing the meeting page would not.
 * Vaadin's access check applies to error pages too: this one is for whoever is logged in (only they are refused the
 * desk; anyone else is sent to log in).
 */
@PermitAll
@ParentLayout(MainLayout.class)
class ControlDeskRefusedView extends Div implements HasErrorParameter<ControlDeskRefusedException>, HasDynamicTitle {

    private final MeetingJournal journal;
    private final CurrentActor currentActor;
    private String title = "";

    ControlDeskRefusedView(MeetingJournal journal, CurrentActor currentActor) {
        this.journal = journal;
        this.currentActor = currentActor;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ControlDeskRefusedException> parameter) {
        removeAll();
        Optional<Meeting> visible = meetingId(event.getLocation().getSegments()).flatMap(journal::find)
                .filter(meeting -> MeetingVisibility.isVisibleTo(currentActor.audienceFor(meeting), meeting));
        if (visible.isEmpty()) {
            NotFoundView notFound = new NotFoundView();
            int status = notFound.setErrorParameter(event, new ErrorParameter<>(NotFoundException.class,
                    new NotFoundException("No meeting for this viewer")));
            title = getTranslation("notFound.title");
            add(notFound);
            return status;
        }
        Meeting meeting = visible.get();
        title = getTranslation("control.refused.title");
        addClassNames("plenum-page", "plenum-control-refused");
        Anchor back = new Anchor(Navigation.agenda(meeting.id()), getTranslation("control.refused.back", meeting.title()));
        back.addClassName("plenum-control-refused-back");
        add(new H1(title), new Paragraph(getTranslation("control.refused.text")), back);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** The meeting's id from the control desk's address, {@code meetings/{id}/control}. */
    private static Optional<String> meetingId(List<String> segments) {
        return segments.size() == 3 ? Optional.of(segments.get(1)) : Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return title + " · Plenum";
    }
}
