package dk.plenum.proceedings.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.support.Browser;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The control view in a real browser: browser history between two meetings. */
@PlenumTest
class ControlViewNavigationIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AgendaImportService imports;

    @Autowired
    ProceedingsService proceedings;

    @Autowired
    DecisionService decisions;

    @Autowired
    MeetingJournal journal;

    /**
     * Following a link from meeting A's control page to meeting B's, then going back in the browser, reuses one
     * view: each step shows its own meeting, and a tap changes the meeting on screen, never the other one.
     */
    @Test
    void browserHistoryBetweenTwoMeetingsShowsAndChangesEachItsOwn() {
        Meeting a = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        proceedings.start(a.id(), ImportedMeetings.SECRETARIAT);
        proceedings.setCurrentItem(a.id(), a.items().getFirst().id(), ImportedMeetings.SECRETARIAT);
        decisions.record(a.id(), a.items().getFirst().id(),
                new DecisionInput(DecisionOutcome.APPROVED, "Beslutning i møde A", null, null, null),
                ImportedMeetings.SECRETARIAT);
        Meeting b = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");

        Page page = openControl(a);
        showsMeeting(page, journal.get(a.id()), "I gang");
        assertThat(page.locator(".plenum-control-recorded-text")).hasText("Beslutning i møde A");

        // A link inside the app navigates in the same UI, as Vaadin's router does for every in-app link.
        page.evaluate("href => { const link = document.createElement('a'); link.href = href; link.id = 'to-b';"
                + " document.querySelector('.plenum-control').append(link); link.click(); }",
                "meetings/" + b.id() + "/control");
        page.waitForURL("**/meetings/" + b.id() + "/control");
        showsMeeting(page, b, "Ikke startet");
        assertThat(page.locator(".plenum-control-recorded-text")).isHidden();
        long aBefore = journal.get(a.id()).lastSeq();
        page.locator(".plenum-control-start").click();
        assertThat(page.locator(".plenum-meeting-status")).hasText("I gang");
        assertThat(journal.get(b.id()).status().name()).isEqualTo("LIVE");
        assertThat(journal.get(a.id()).lastSeq()).as("meeting A untouched by a tap on B's page").isEqualTo(aBefore);

        page.goBack();
        page.waitForURL("**/meetings/" + a.id() + "/control");
        showsMeeting(page, journal.get(a.id()), "I gang");
        assertThat(page.locator(".plenum-control-recorded-text")).hasText("Beslutning i møde A");
        long bBefore = journal.get(b.id()).lastSeq();
        page.locator(".plenum-control-adjourn").click();
        assertThat(page.locator(".plenum-meeting-status")).hasText("Afbrudt");
        assertThat(journal.get(a.id()).status().name()).isEqualTo("ADJOURNED");
        assertThat(journal.get(b.id()).lastSeq()).as("meeting B untouched by a tap on A's page").isEqualTo(bBefore);
    }

    private Page openControl(Meeting meeting) {
        Page page = browser.loggedIn(url(""), "sekretariat", 1024, 768);
        page.navigate(url("/meetings/" + meeting.id() + "/control"));
        assertThat(page.locator(".plenum-meeting-status")).isVisible();
        return page;
    }

    /** The header names the meeting (its agenda link carries the id) and its status. */
    private static void showsMeeting(Page page, Meeting meeting, String status) {
        assertThat(page.locator(".plenum-control-to-agenda")).hasAttribute("href", "meetings/" + meeting.id());
        assertThat(page.locator(".plenum-meeting-status")).hasText(status);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
