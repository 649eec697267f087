package dk.plenum.proceedings.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The control view in a real browser: keyboard focus after a redraw, and browser history between two meetings. */
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
     * "Start mødet", "Behandl nu", choosing an item, moving it and marking attendance redraw the control the
     * secretary used; focus then stays on it or moves to what replaced it instead of falling to {@code <body>},
     * so a keyboard or switch user can go on from there.
     */
    @Test
    void focusStaysOnTheControlActedOnOrItsReplacement() {
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        Page page = openControl(meeting);

        press(page, page.locator(".plenum-control-start"));
        assertThat(page.locator(".plenum-meeting-status")).hasText("I gang");
        assertThat(page.locator(".plenum-control-adjourn")).isFocused();
        assertFocusNotOnBody(page, "after Start mødet");

        Locator second = itemRow(page, meeting, 1);
        press(page, second.locator(".plenum-control-make-current"));
        assertThat(second).hasClass(Pattern.compile("is-current"));
        assertThat(second.locator(".plenum-control-item-select")).isFocused();
        assertFocusNotOnBody(page, "after Behandl nu");

        Locator third = itemRow(page, meeting, 2);
        press(page, third.locator(".plenum-control-item-select"));
        assertThat(third.locator(".plenum-control-item-select")).hasAttribute("aria-pressed", "true");
        assertThat(third.locator(".plenum-control-item-select")).isFocused();
        assertFocusNotOnBody(page, "after choosing an item");

        // A tap focuses the button as well; after the redraw its replacement has the focus.
        Locator fourth = itemRow(page, meeting, 3).locator(".plenum-control-item-select");
        fourth.click();
        assertThat(fourth).hasAttribute("aria-pressed", "true");
        assertThat(fourth).isFocused();

        // Moving an item up moves its row: focus goes with it, so Enter again moves it further.
        Locator moved = itemRow(page, meeting, 3);
        press(page, moved.locator(".plenum-control-move-up"));
        assertThat(page.locator(".plenum-control-item").nth(2)).hasAttribute("data-item-id", meeting.items().get(3).id());
        assertThat(moved.locator(".plenum-control-move-up")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator(".plenum-control-item").nth(1)).hasAttribute("data-item-id", meeting.items().get(3).id());

        // Marking attendance redraws the board in place: the button pressed keeps the focus.
        Locator present = page.locator(".plenum-control-participant").first().locator(".plenum-control-mark[data-mark='PRESENT']");
        press(page, present);
        assertThat(present).hasAttribute("aria-pressed", "true");
        assertThat(present).isFocused();
    }

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

    /** Puts keyboard focus on {@code control} and presses Enter, as a keyboard user does. */
    private static void press(Page page, Locator control) {
        control.focus();
        page.keyboard().press("Enter");
    }

    private static void assertFocusNotOnBody(Page page, String when) {
        assertThat(page.evaluate("() => document.activeElement.tagName.toLowerCase()")).as(when).isNotEqualTo("body");
    }

    private static Locator itemRow(Page page, Meeting meeting, int index) {
        return page.locator(".plenum-control-item[data-item-id='" + meeting.items().get(index).id() + "']");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
