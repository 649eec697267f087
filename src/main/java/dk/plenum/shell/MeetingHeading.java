package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingTimes;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** The head of every page about one meeting: its council, its title, and when and where, in the page's language. */
public final class MeetingHeading {

    private MeetingHeading() {
    }

    public static List<Component> of(Meeting meeting, Component page, Locale locale) {
        Span council = new Span(meeting.councilName());
        council.addClassName("plenum-council");
        // When and where only display, so they are markup: the heading is in every open view of the meeting.
        Element shownFacts = Markup.fragment();
        shownFacts.appendElement("span").text(MeetingTimes.date(meeting.startsAt(), locale) + ", " + page.getTranslation(
                "agenda.time", MeetingTimes.timeRange(meeting.startsAt(), meeting.endsAt(), locale)));
        if (meeting.location() != null) {
            shownFacts.appendElement("span").text(meeting.location());
        }
        Div facts = new Div();
        facts.addClassName("plenum-meeting-facts");
        Markup.showIn(facts, shownFacts);
        return List.of(council, new H1(meeting.title()), facts);
    }
}
