package dk.plenum.minutes;

import dk.plenum.meeting.Translations;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.support.PlenumTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The download links a view adds for a meeting's minutes: one per format, each served by the UI session. */
@PlenumTest
class MinutesDownloadTest extends SpringBrowserlessTest {

    @Autowired
    MinutesService minutes;

    @Autowired
    MeetingJournal journal;

    @Test
    void offersTheMinutesInEveryFormat() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        String meetingId = journal.findAll().getFirst().id();

        UI.getCurrent().add(new MinutesDownload(minutes, meetingId));

        List<Anchor> links = find(Anchor.class).all().stream()
                .filter(anchor -> anchor.getClassNames().stream().anyMatch(name -> name.startsWith("plenum-minutes-")))
                .toList();
        assertThat(links).extracting(Anchor::getText).containsExactly("HTML", "PDF", "Markdown");
        assertThat(links).extracting(Anchor::getHref).allSatisfy(href -> assertThat(href).isNotBlank());
    }
}
