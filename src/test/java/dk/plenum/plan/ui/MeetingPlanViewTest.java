package dk.plenum.plan.ui;

import dk.plenum.meeting.Translations;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.shell.NotFoundView;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The meeting plan page lists a council's coming meetings and links to its calendar feed. */
@PlenumTest
class MeetingPlanViewTest extends SpringBrowserlessTest {

    @Autowired
    AgendaImportService imports;

    @Test
    void listsTheComingMeetingsWithTheCalendarFeed() {
        String council = "Planudvalget " + System.nanoTime();
        Meeting meeting = imports.importMeeting("""
                {"council": "%s", "title": "Temamøde", "kind": "THEME", "startsAt": "2036-05-29T10:30:00+02:00",
                 "endsAt": "2036-05-29T13:00:00+02:00", "location": "Stigsborg",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}], "items": []}
                """.formatted(council), ImportedMeetings.SECRETARIAT);
        VaadinSession.getCurrent().setLocale(Translations.DANISH);

        navigate("councils/" + meeting.councilId() + "/plan", MeetingPlanView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Mødeplan for " + council);
        assertThat(find(ListItem.class).single().getElement().getTextRecursively())
                .isEqualTo("torsdag den 29. maj 2036, 10.30–13.00 Temamøde. Afholdes på Stigsborg");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("api/councils/" + meeting.councilId() + "/meetings.ics");
    }

    @Test
    void anUnknownCouncilShowsNotFound() {
        navigate("councils/does-not-exist/plan", NotFoundView.class);
    }
}
