package dk.plenum.plan.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.plenum.council.Council;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.plan.MeetingPlan;
import dk.plenum.shell.Badges;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Navigation;
import java.time.Instant;
import java.util.Locale;

/** The meeting plan (mødeplan) of one council: "30. maj kl. 10.30–13.00 Temamøde", and the calendar feed. */
@AnonymousAllowed
@Route(value = Navigation.PLAN, layout = MainLayout.class)
@StyleSheet("styles/plan.css")
class MeetingPlanView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final MeetingPlan plan;
    private Council council;

    MeetingPlanView(MeetingPlan plan) {
        this.plan = plan;
        addClassName("plenum-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String councilId = event.getRouteParameters().get(Navigation.COUNCIL_ID).orElse("");
        try {
            council = plan.council(councilId);
        } catch (CommandRefusedException unknown) {
            throw new NotFoundException("No council " + councilId);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        if (council == null) {
            return;
        }
        Locale locale = event.getLocale();
        add(new H1(getPageTitle()));
        var meetings = plan.coming(council.id(), Instant.now());
        if (meetings.isEmpty()) {
            add(new Paragraph(getTranslation("plan.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("plenum-plan");
            meetings.forEach(meeting -> list.add(line(meeting, locale)));
            add(list);
        }
        // A plain link: the feed is served by the API, not by a view.
        Anchor feed = new Anchor("api/councils/" + council.id() + "/meetings.ics", getTranslation("plan.subscribe"));
        feed.setRouterIgnore(true);
        feed.addClassName("plenum-plan-feed");
        add(new Paragraph(feed));
    }

    private ListItem line(Meeting meeting, Locale locale) {
        String when = getTranslation("plan.when", MeetingTimes.date(meeting.startsAt(), locale),
                MeetingTimes.timeRange(meeting.startsAt(), meeting.endsAt(), locale));
        String what = getTranslation(meeting.kind() == MeetingKind.THEME ? "plan.kind.theme" : "plan.kind.ordinary");
        ListItem item = new ListItem(new Span(when), new Span(" " + what));
        if (meeting.location() != null) {
            item.add(new Span(". " + getTranslation("plan.location", meeting.location())));
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            item.addClassName("plenum-cancelled");
            item.add(new Span(" "), Badges.badge(getTranslation("meeting.status.CANCELLED"), Badges.Tone.CLOSED));
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return council == null ? "" : getTranslation("plan.title", council.name());
    }
}
