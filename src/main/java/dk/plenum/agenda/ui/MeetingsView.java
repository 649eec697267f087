package dk.plenum.agenda.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import dk.plenum.council.CouncilService;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.visibility.MeetingVisibility;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.shell.Badges;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Navigation;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/** The start page: coming meetings first (soonest on top), then past ones (latest on top). */
@AnonymousAllowed
@Route(value = Navigation.HOME, layout = MainLayout.class)
class MeetingsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final MeetingJournal journal;
    private final CurrentActor currentActor;
    private final CouncilService councils;

    MeetingsView(MeetingJournal journal, CurrentActor currentActor, CouncilService councils) {
        this.journal = journal;
        this.currentActor = currentActor;
        this.councils = councils;
        addClassName("plenum-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        List<Meeting> meetings = journal.findAll().stream()
                .filter(meeting -> MeetingVisibility.isVisibleTo(currentActor.audienceFor(meeting), meeting)).toList();
        Instant now = Instant.now();
        add(new H1(getTranslation("meetings.title")));
        newMeetingLinks();
        section("meetings.coming", meetings.stream().filter(meeting -> !meeting.past(now))
                .sorted(Comparator.comparing(Meeting::startsAt)).toList(), event.getLocale());
        section("meetings.past", meetings.stream().filter(meeting -> meeting.past(now))
                .sorted(Comparator.comparing(Meeting::startsAt).reversed()).toList(), event.getLocale());
    }

    /**
     * For the secretariat: a new meeting of each council it runs (its own, or for an administrator every council).
     * Plain links: the editor belongs to the preparation feature, which agenda may not name.
     */
    private void newMeetingLinks() {
        Actor actor = currentActor.get().filter(Actor::runsMeetings).orElse(null);
        if (actor == null) {
            return;
        }
        Map<String, String> run = new LinkedHashMap<>();
        councils.all().stream().filter(council -> actor.isSecretariatOf(council.id()))
                .forEach(council -> run.put(council.id(), council.name()));
        Div links = new Div();
        links.addClassName("plenum-new-meetings");
        run.forEach((councilId, name) -> {
            Anchor link = new Anchor(Navigation.newMeeting(councilId), getTranslation("meetings.new", name));
            link.addClassName("plenum-new-meeting-link");
            links.add(link);
        });
        add(links);
    }

    private void section(String headingKey, List<Meeting> meetings, Locale locale) {
        add(new H2(getTranslation(headingKey)));
        if (meetings.isEmpty()) {
            add(new Paragraph(getTranslation("meetings.none")));
            return;
        }
        Div list = new Div();
        list.addClassName("plenum-meeting-list");
        meetings.forEach(meeting -> list.add(card(meeting, locale)));
        add(list);
    }

    /**
     * A meeting's card: for the public its server-rendered page, which costs no Vaadin session (issue 14); for members
     * and the secretariat their live view, in this page's session.
     */
    private Anchor card(Meeting meeting, Locale locale) {
        Anchor card = new Anchor();
        if (currentActor.get().isPresent()) {
            card.setHref(Navigation.agenda(meeting.id()));
            card.getElement().setAttribute("router-link", true);
        } else {
            card.setHref(Navigation.live(meeting.id(), locale));
            // Loaded by the browser: Vaadin's router would look for it among its own views.
            card.setRouterIgnore(true);
        }
        card.addClassName("plenum-meeting-card");
        Span date = new Span(MeetingTimes.date(meeting.startsAt(), locale) + ", "
                + MeetingTimes.timeRange(meeting.startsAt(), meeting.endsAt(), locale));
        date.addClassName("plenum-meeting-date");
        Span title = new Span(meeting.title());
        title.addClassName("plenum-meeting-title");
        Span details = new Span(meeting.councilName()
                + (meeting.location() == null ? "" : " · " + meeting.location()) + " · "
                + getTranslation("meetings.items", meeting.items().size()));
        details.addClassName("plenum-meeting-details");
        Div badges = new Div(Badges.meetingStatus(meeting, this), Badges.badge(getTranslation("meeting.kind." + meeting.kind()),
                Badges.Tone.NEUTRAL));
        Badges.minutesApproved(meeting, this).ifPresent(badges::add);
        badges.addClassName("plenum-badges");
        card.add(date, title, details, badges);
        card.setClassName("plenum-cancelled", meeting.status() == MeetingStatus.CANCELLED);
        return card;
    }


    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + " · Plenum";
    }
}
