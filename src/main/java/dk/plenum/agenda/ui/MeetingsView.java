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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.shell.Badges;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Navigation;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The start page: coming meetings first (soonest on top), then past ones (latest on top). */
@AnonymousAllowed
@Route(value = Navigation.HOME, layout = MainLayout.class)
class MeetingsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final MeetingJournal journal;

    MeetingsView(MeetingJournal journal) {
        this.journal = journal;
        addClassName("plenum-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        List<Meeting> meetings = journal.findAll();
        Instant now = Instant.now();
        add(new H1(getTranslation("meetings.title")));
        section("meetings.coming", meetings.stream().filter(meeting -> !ended(meeting, now))
                .sorted(Comparator.comparing(Meeting::startsAt)).toList(), event.getLocale());
        section("meetings.past", meetings.stream().filter(meeting -> ended(meeting, now))
                .sorted(Comparator.comparing(Meeting::startsAt).reversed()).toList(), event.getLocale());
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

    private RouterLink card(Meeting meeting, Locale locale) {
        RouterLink card = new RouterLink(AgendaView.class, new RouteParameters(AgendaView.MEETING_ID, meeting.id()));
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
        card.add(date, title, details,
                Badges.badge(getTranslation("meeting.kind." + meeting.kind()), Badges.Tone.NEUTRAL));
        return card;
    }

    private static boolean ended(Meeting meeting, Instant now) {
        Instant end = meeting.endsAt() == null ? meeting.startsAt() : meeting.endsAt();
        return end.isBefore(now);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + " · Plenum";
    }
}
