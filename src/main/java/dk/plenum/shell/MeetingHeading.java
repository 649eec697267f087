package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingTimes;
import java.util.List;
import java.util.Locale;

/** The head of every page about one meeting: its council, its title, and when and where, in the page's language. */
public final class MeetingHeading {

    private MeetingHeading() {
    }

    public static List<Component> of(Meeting meeting, Component page, Locale locale) {
        Span council = new Span(meeting.councilName());
        council.addClassName("plenum-council");
        Span when = new Span(MeetingTimes.date(meeting.startsAt(), locale) + ", " + page.getTranslation(
                "agenda.time", MeetingTimes.timeRange(meeting.startsAt(), meeting.endsAt(), locale)));
        Div facts = new Div(when);
        if (meeting.location() != null) {
            facts.add(new Span(meeting.location()));
        }
        facts.addClassName("plenum-meeting-facts");
        return List.of(council, new H1(meeting.title()), facts);
    }
}
