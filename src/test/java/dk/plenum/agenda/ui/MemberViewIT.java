package dk.plenum.agenda.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.Participation.Quorum;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.support.Browser;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The members' page during a meeting as a member sees it (issue 15): on a landscape iPad attendance beside the agenda,
 * on a phone below it; the connection state always in sight; a badge only on closed items and a decision's outcome
 * once; the count of council members present; and leaving early from the tablet, which the attendance shows, and
 * which is recorded as left once the meeting moves past the item named, on the tablet and the secretariat's desk.
 * Screenshots at 1024×768 and 390×844 are kept in {@code docs/screenshots/member-view-*.png} (and the desk's in
 * {@code control-departure-recorded-1024x768.png}).
 */
@PlenumTest
class MemberViewIT {

    static final Actor SECRETARIAT = ImportedMeetings.SECRETARIAT;
    static final String PASSWORD = "demo-it";

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
    AttendanceService attendance;

    @Autowired
    AccountService accounts;

    @Autowired
    MeetingJournal journal;

    @Autowired
    ObjectMapper json;

    Meeting meeting;
    String username;

    @BeforeEach
    void aMeetingUnderWay() throws IOException {
        ObjectNode document = (ObjectNode) json.readTree(new ClassPathResource("seed/erhvervsraadet-2024.json")
                .getContentAsString(StandardCharsets.UTF_8)).get(0);
        document.put("council", "Medlemsrådet " + UUID.randomUUID());
        document.put("title", "Møde i Medlemsrådet");
        document.put("startsAt", "2031-02-27T10:30:00+01:00");
        document.put("endsAt", "2031-02-27T13:00:00+01:00");
        meeting = imports.importMeeting(document.toString(), SECRETARIAT);
        Actor kirsten = new Actor("kirsten-" + meeting.id().substring(0, 8), "Kirsten Møller Thomsen",
                AccountRole.MEMBER, meeting.councilId(), memberId("Kirsten Møller Thomsen"));
        username = kirsten.username();
        accounts.createIfAbsent(kirsten, PASSWORD);

        attendance.mark(meeting.id(), memberId("Ulla Bech Christiansen"), AttendanceStatus.APOLOGY, null,
                "Syg", SECRETARIAT);
        proceedings.start(meeting.id(), SECRETARIAT);
        for (String present : List.of("Lasse Frimand Jensen", "Kirsten Møller Thomsen", "Thomas Overgaard",
                "Nikolaj Fogh Larsen", "Birgitte Lindholm", "Mette Bugge")) {
            attendance.mark(meeting.id(), memberId(present), AttendanceStatus.PRESENT, null, SECRETARIAT);
        }
        for (int number = 1; number <= 3; number++) {
            decisions.record(meeting.id(), meeting.items().get(number - 1).id(), new DecisionInput(
                    DecisionOutcome.APPROVED, "Godkendt.", null, null, null), SECRETARIAT);
        }
        proceedings.setCurrentItem(meeting.id(), meeting.items().get(4).id(), SECRETARIAT);
    }

    @Test
    void onALandscapeIpadAttendanceIsBesideTheAgendaAndTheConnectionStaysInSight() {
        Page page = logInAndOpen(1024, 768);

        BoundingBox agenda = page.locator(".plenum-live-main").boundingBox();
        BoundingBox attendanceBox = page.locator(".plenum-attendance").boundingBox();
        assertThat(attendanceBox.x).as("attendance to the right of the agenda")
                .isGreaterThanOrEqualTo(agenda.x + agenda.width);
        assertThat(attendanceBox.y).as("beside the first items, not below them").isLessThan(agenda.y + 400);

        Quorum seated = Participation.quorum(journal.get(meeting.id()), null);
        assertThat(seated.takingPart()).as("Mette Bugge of the secretariat is present but not counted").isEqualTo(5);
        assertThat(page.locator(".plenum-attendance-count"))
                .hasText(seated.takingPart() + " af " + seated.seats() + " medlemmer til stede");

        assertThat(page.locator(".plenum-item .plenum-badge-open")).hasCount(0);
        assertThat(page.locator(".plenum-item .plenum-item-open").first()).hasText("Åben");
        Locator decided = page.locator("#item-2");
        assertThat(decided.locator(".plenum-decision-outcome")).hasCount(1);
        assertThat(decided.locator(".plenum-decision-outcome")).isVisible();

        Browser.document(page, "member-view-1024x768", false);
        scrollToTheEnd(page);
        assertConnectionInSight(page);

        // Opened, the decided item still says its outcome once: in its summary, above the decision's own words.
        decided.locator("vaadin-accordion-heading").click();
        assertThat(decided).hasAttribute("opened", "");
        assertThat(decided.locator(".plenum-decision-text")).isVisible();
        assertThat(decided.locator(".plenum-decision-outcome")).hasCount(1);
        assertThat(decided.getByText("Godkendt", new Locator.GetByTextOptions().setExact(true))).hasCount(1);
    }

    @Test
    void aFoldedItemOpensAndFoldsFromTheKeyboardAndOpensAgainWhenTheMeetingReachesIt() {
        Page page = logInAndOpen(1024, 768);
        Locator folded = page.locator("#item-7");
        assertThat(folded.locator(".plenum-item-content")).hasCount(0);

        folded.locator("vaadin-accordion-heading").focus();
        page.keyboard().press("Enter");

        // The server puts the item's card, opened with its content, where its folded markup was.
        assertThat(folded).hasAttribute("opened", "");
        assertThat(folded.locator(".plenum-item-content")).isVisible();
        assertThat(folded.locator(".plenum-note-text")).isVisible();
        assertThat(folded.locator("vaadin-accordion-heading")).isFocused();
        page.keyboard().press("Enter");
        assertThat(folded).not().hasAttribute("opened", "");
        Browser.settle(page);

        // The server heard the member fold it: when the meeting reaches the item, it opens it for them again.
        proceedings.setCurrentItem(meeting.id(), meeting.items().get(6).id(), SECRETARIAT);
        assertThat(folded).hasAttribute("opened", "");
        assertThat(folded).hasClass(Pattern.compile("plenum-item-current"));
    }

    @Test
    void onAPhoneEverythingIsInOneColumnAndAMemberSaysTheyLeaveEarly() {
        Page page = logInAndOpen(390, 844);

        BoundingBox agenda = page.locator(".plenum-live-main").boundingBox();
        BoundingBox attendanceBox = page.locator(".plenum-attendance").boundingBox();
        // One column: attendance has the agenda's column, not one beside it. (Its top is not compared with the agenda's
        // bottom: the page scrolls to the current item, and attendance is sticky, so two CI runs read 1 and 83 px.)
        assertThat(attendanceBox.x).as("in the agenda's column").isLessThan(agenda.x + agenda.width / 2);
        assertThat(attendanceBox.width).as("as wide as the agenda").isGreaterThan(agenda.width * 0.9);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);

        page.locator(".plenum-leave").click();
        page.locator(".plenum-leave-how vaadin-radio-button").nth(2).click();
        page.locator(".plenum-leave-after").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("7.")).first().click();
        assertThat(page.locator(".plenum-leave-after")).containsText("7.");
        Browser.document(page, "member-leave-dialog-390x844", false);
        page.setViewportSize(1024, 768);
        Browser.document(page, "member-leave-dialog-1024x768", false);
        page.setViewportSize(390, 844);
        page.locator(".plenum-leave-confirm").click();

        assertThat(page.locator(".plenum-own-note")).hasText("går efter punkt 7");
        assertThat(page.locator(".plenum-attendance-said")).hasText("går efter punkt 7");
        Browser.document(page, "member-view-390x844", false);
        scrollToTheEnd(page);
        assertConnectionInSight(page);

        // The meeting moves past item 7: she is recorded as left, on her tablet and on the secretariat's desk.
        proceedings.setCurrentItem(meeting.id(), meeting.items().get(7).id(), SECRETARIAT);
        assertThat(page.locator(".plenum-own-attendance")).containsText("Gået");
        assertThat(page.locator(".plenum-attendance-left")).containsText("Kirsten Møller Thomsen");
        assertThat(page.locator(".plenum-leave")).isHidden();
        assertThat(page.locator(".plenum-check-in")).isVisible();
        page.locator(".plenum-attendance-left").scrollIntoViewIfNeeded();
        Browser.document(page, "member-view-left-390x844", false);
        Page desk = browser.loggedIn("http://localhost:" + port, "sekretariat", 1024, 768);
        desk.navigate("http://localhost:" + port + "/meetings/" + meeting.id() + "/control");
        Locator kirsten = desk.locator(".plenum-control-participant[data-member-id='"
                + memberId("Kirsten Møller Thomsen") + "']");
        assertThat(kirsten.locator(".plenum-control-attendance-status")).containsText("Er gået");
        kirsten.scrollIntoViewIfNeeded();
        Browser.document(desk, "control-departure-recorded-1024x768", false);
    }

    private static void scrollToTheEnd(Page page) {
        page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    /** The connection state at the top of the window, however far the page scrolled, and nothing drawn over it. */
    private static void assertConnectionInSight(Page page) {
        assertThat(((Number) page.evaluate("() => window.scrollY")).intValue()).isGreaterThan(500);
        Locator status = page.locator(".plenum-live-status");
        assertThat(status).isInViewport();
        BoundingBox box = status.boundingBox();
        assertThat(box.y).isBetween(-1.0, 1.0);
        // Polled for a while: a closing dialog's curtain may still lie over everything for a frame or two.
        String drawnOver = null;
        for (long end = System.nanoTime() + 5_000_000_000L; System.nanoTime() < end; page.waitForTimeout(100)) {
            drawnOver = (String) page.evaluate("""
                    () => { const box = document.querySelector('.plenum-connection').getBoundingClientRect();
                      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
                      if (hit && hit.closest('.plenum-live-status')) return null;
                      return hit ? hit.outerHTML.slice(0, 200) : 'nothing at ' + box.y; }""");
            if (drawnOver == null) {
                return;
            }
        }
        assertThat(drawnOver).as("what is drawn over the connection state").isNull();
    }

    private Page logInAndOpen(int width, int height) {
        Page page = browser.newTouchPage(width, height);
        browser.logIn(page, "http://localhost:" + port, username, PASSWORD);
        page.navigate("http://localhost:" + port + "/meetings/" + meeting.id());
        assertThat(page.locator(".plenum-item-current")).hasCount(1);
        Browser.settle(page);
        return page;
    }

    private String memberId(String name) {
        return meeting.participants().stream().filter(participant -> participant.name().equals(name))
                .map(Participant::memberId).findFirst().orElseThrow();
    }
}
