package dk.plenum.agenda.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.roundtable.RoundTableService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Browser;
import dk.plenum.support.BrowserSteps;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A council member follows a running meeting on a tablet in Debian's Chromium: the demo agenda, imported
 * for a council of its own, with items decided, round the table done and item 5 under discussion.
 */
@PlenumTest
class LiveAgendaPageIT {

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
    RoundTableService roundTable;

    @Autowired
    AccountService accounts;

    @Autowired
    ObjectMapper json;

    Meeting meeting;
    String username;

    @BeforeEach
    void aMeetingUnderWay() throws IOException {
        meeting = imports.importMeeting(demoAgendaForACouncilOfItsOwn(), SECRETARIAT);
        Actor kirsten = member("Kirsten Møller Thomsen");
        username = kirsten.username();
        accounts.createIfAbsent(kirsten, PASSWORD);

        attendance.mark(meeting.id(), memberId("Ulla Bech Christiansen"), AttendanceStatus.APOLOGY, null, SECRETARIAT);
        proceedings.start(meeting.id(), SECRETARIAT);
        for (String present : List.of("Lasse Frimand Jensen", "Kirsten Møller Thomsen", "Thomas Overgaard",
                "Nikolaj Fogh Larsen", "Birgitte Lindholm", "Mette Bugge")) {
            attendance.mark(meeting.id(), memberId(present), AttendanceStatus.PRESENT, null, SECRETARIAT);
        }
        attendance.mark(meeting.id(), memberId("Pia Kjærgaard Holm"), AttendanceStatus.PRESENT,
                memberId("Ulla Bech Christiansen"), SECRETARIAT);
        decide(1, DecisionOutcome.NOTED, "Borgmesteren bød velkommen.");
        decide(2, DecisionOutcome.APPROVED, "Godkendt.");
        decide(3, DecisionOutcome.APPROVED, "Godkendt.");
        proceedings.setCurrentItem(meeting.id(), item(4).id(), SECRETARIAT);
        roundTable.post(meeting.id(), "Vi har åbnet et nyt kontor i Nørresundby med plads til 40 iværksættere.",
                member("Thomas Overgaard"));
        roundTable.post(meeting.id(), "Havnen har fået tre nye anløb af krydstogtskibe i marts.",
                member("Birgitte Lindholm"));
        decide(4, DecisionOutcome.FOR_INFORMATION, "Til orientering.");
        proceedings.setCurrentItem(meeting.id(), item(5).id(), SECRETARIAT);
    }

    /**
     * The demo meeting's agenda, moved to another council and year, so the demo meeting itself stays as
     * the other browser tests expect it (they share this store).
     */
    private String demoAgendaForACouncilOfItsOwn() throws IOException {
        ObjectNode document = (ObjectNode) json.readTree(new ClassPathResource("seed/erhvervsraadet-2024.json")
                .getContentAsString(StandardCharsets.UTF_8)).get(0);
        document.put("council", "Testrådet " + UUID.randomUUID());
        document.put("title", "Møde i Testrådet");
        document.put("startsAt", "2031-02-27T10:30:00+01:00");
        document.put("endsAt", "2031-02-27T13:00:00+01:00");
        return document.toString();
    }

    @Test
    void aMemberSeesTheCurrentItemAndADecisionArrivesWhileTheyRead() {
        Page page = logInAndOpen(768, 1024);

        assertThat(page.locator(".plenum-meeting-status")).hasText("I gang");
        Locator current = page.locator("#item-5");
        assertThat(current).hasClass(java.util.regex.Pattern.compile("plenum-item-current"));
        assertThat(current).hasAttribute("data-item-id", item(5).id());
        assertThat(current.locator(".plenum-section h3").first()).isVisible();
        assertThat(current.locator(".plenum-section h3").first()).isInViewport();
        assertThat(page.locator("#item-3 .plenum-decision-outcome")).hasText("Godkendt");
        assertThat(page.locator(".plenum-own-attendance")).hasText("Dig: Til stede");
        browser.screenshot(page, "live-agenda-768x1024");
        // Decided before the page was opened, folded: its decision's words are there once the member opens it.
        assertThat(page.locator("#item-3 .plenum-decision-text")).hasCount(0);
        BrowserSteps.openItems(page, 3);
        assertThat(page.locator("#item-3 .plenum-decision-text")).hasText("Godkendt.");

        decide(5, DecisionOutcome.DISCUSSED, "Drøftedes. Rådet ønsker en handlingsplan til næste møde.");

        assertThat(page.locator("#item-5 .plenum-decision-text"))
                .hasText("Drøftedes. Rådet ønsker en handlingsplan til næste møde.");
        assertThat(page.locator("#item-5 .plenum-decision-outcome").first()).hasText("Drøftedes");
        viewportScreenshot(page, "live-agenda-768x1024-view");
        assertTouchTargets(page);
    }

    @Test
    void theRoundTableFeedAndPostBoxOnALandscapeTablet() {
        proceedings.setCurrentItem(meeting.id(), item(4).id(), SECRETARIAT);
        Page page = logInAndOpen(1180, 820);

        assertThat(page.locator("#item-4 .plenum-post")).hasCount(2);
        assertThat(page.locator("#item-4 .plenum-post-author").first()).hasText("Thomas Overgaard");
        page.locator("#item-4 .plenum-post-text-area textarea").fill("Nyt fra Kirsten");
        page.locator("#item-4 .plenum-post-send").click();
        assertThat(page.locator("#item-4 .plenum-post")).hasCount(3);
        assertThat(page.locator("#item-4 .plenum-post-text").last()).hasText("Nyt fra Kirsten");
        assertTouchTargets(page);
        viewportScreenshot(page, "live-agenda-1180x820-view");
    }

    @Test
    void theLiveViewFitsAPhone() {
        Page page = logInAndOpen(390, 844);

        assertThat(page.locator(".plenum-item-current")).hasCount(1);
        browser.screenshot(page, "live-agenda-390x844");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
    }

    private Page logInAndOpen(int width, int height) {
        Page page = browser.newPage(width, height);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(PASSWORD);
        page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate("http://localhost:" + port + "/meetings/" + meeting.id());
        assertThat(page.locator(".plenum-item-current")).hasCount(1);
        return page;
    }

    /** Every visible button of the live view is at least 44 px tall and wide, for fingers. */
    private static void assertTouchTargets(Page page) {
        Object small = page.evaluate("""
                () => [...document.querySelectorAll('.plenum-live-page vaadin-button')]
                    .map(button => button.getBoundingClientRect())
                    .filter(box => box.width > 0 && (box.height < 44 || box.width < 44))
                    .length""");
        assertThat(((Number) small).intValue()).as("buttons smaller than 44 px").isZero();
    }

    private static void viewportScreenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve(name + ".png")));
    }

    private void decide(int number, DecisionOutcome outcome, String text) {
        decisions.record(meeting.id(), item(number).id(), new DecisionInput(outcome, text, null, null, null), SECRETARIAT);
    }

    private Actor member(String name) {
        String first = name.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
        return new Actor(first + "-" + meeting.id().substring(0, 8), name, AccountRole.MEMBER, meeting.councilId(),
                memberId(name));
    }

    private String memberId(String name) {
        return meeting.participants().stream().filter(participant -> participant.name().equals(name))
                .map(Participant::memberId).findFirst().orElseThrow();
    }

    private AgendaItem item(int number) {
        return meeting.items().stream().filter(item -> item.number() == number).findFirst().orElseThrow();
    }
}
