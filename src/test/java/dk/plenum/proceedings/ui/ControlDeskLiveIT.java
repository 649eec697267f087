package dk.plenum.proceedings.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.support.Browser;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import dk.plenum.voting.VoteInput;
import dk.plenum.voting.VotingService;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, with the demo council's parties: the secretariat at its desk (1024×768), Kirsten on her tablet
 * (768×1024), Ulla on her phone (390×844) and the room's screen (1920×1080, anonymous). The desk refuses Kirsten's
 * protocol entry with a note (asked for at its field first) and she sees it at once; the desk changes a duration of the
 * time plan and its ahead/behind moves; a vote by groups reaches the room's screen; departures break quorum and every
 * member's page and the desk warn in one line, white on red. Saves the screenshots in {@code docs/screenshots/}.
 */
@PlenumTest
class ControlDeskLiveIT {

    private static final String STATEMENT = "Jeg ønsker min tvivl om grundprisen ført til protokols.";
    private static final String NOTE = "Hører under punkt 3, Erhvervsstrategi.";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AgendaImportService imports;
    @Autowired
    ProceedingsService proceedings;
    @Autowired
    AttendanceService attendance;
    @Autowired
    VotingService voting;

    @Test
    void refusalTimePlanVoteAndQuorumReachEveryViewLive() {
        Meeting meeting = aRunningMeetingTwelveMinutesLate();
        String base = "http://localhost:" + port;
        Page desk = browser.loggedIn(base, "sekretariat", 1024, 768);
        desk.navigate(base + "/meetings/" + meeting.id() + "/control");
        Page tablet = browser.loggedIn(base, "kirsten", 768, 1024);
        tablet.navigate(base + "/meetings/" + meeting.id());
        Page phone = browser.loggedIn(base, "ulla", 390, 844);
        phone.navigate(base + "/meetings/" + meeting.id());
        Page room = browser.newPage(1920, 1080);
        room.navigate(base + "/meetings/" + meeting.id() + "/display");

        // A protocol entry, refused with a note: the note is asked for at its field before anything is sent.
        tablet.locator("#item-1 .plenum-protocol-ask").click();
        tablet.locator(".plenum-protocol-text textarea").fill(STATEMENT);
        tablet.locator(".plenum-protocol-send").click();
        desk.locator(".plenum-control-protocol-refuse").click();
        desk.locator(".plenum-protocol-refuse-confirm").click();
        assertThat(desk.locator(".plenum-protocol-note")).hasAttribute("invalid", "");
        assertThat(desk.locator(".plenum-protocol-note [slot=error-message]"))
                .hasText("Skriv, hvorfor tilførslen afvises: medlemmet ser begrundelsen ved tilførslen.");
        desk.locator(".plenum-protocol-note textarea").fill(NOTE);
        desk.locator(".plenum-protocol-refuse-confirm").click();
        assertThat(desk.getByText(Pattern.compile("Tilførslen fra Kirsten Møller Thomsen til punkt 1 er afvist")))
                .isVisible();
        assertThat(tablet.locator("#item-1 .plenum-protocol-own .plenum-protocol-state")).hasText("Afvist");
        assertThat(tablet.locator("#item-1 .plenum-protocol-refusal")).hasText("Afvist: " + NOTE);
        tablet.locator("#item-1 .plenum-protocol-own").scrollIntoViewIfNeeded();
        Browser.document(tablet, "member-refused-entry-768x1024", false);

        // The time plan, during the meeting: item 1 became current 12 minutes late; a bad duration is said at its
        // field; giving item 1 five minutes more changes nothing behind it, so make item 3 current 12 minutes in.
        assertThat(desk.locator(".plenum-control-timeplan")).hasText(Pattern.compile("1[1-3] min\\. bagud.*"));
        desk.locator(".plenum-control-timeplan-editor vaadin-details-summary").click();
        Locator first = timePlanMinutes(desk, meeting, 0);
        first.fill("0");
        first.press("Tab");
        assertThat(desk.locator(".plenum-control-timeplan-row[data-item-id='" + meeting.items().get(0).id()
                + "'] vaadin-integer-field")).hasAttribute("invalid", "");
        proceedings.setCurrentItem(meeting.id(), meeting.items().get(2).id(), ImportedMeetings.SECRETARIAT);
        // Planned 50 minutes in (30 + 20), current 12 minutes in: 38 minutes ahead.
        assertThat(desk.locator(".plenum-control-timeplan")).hasText(Pattern.compile("3[7-9] min\\. foran.*"));
        Locator second = timePlanMinutes(desk, meeting, 1);
        second.fill("1");
        second.press("Tab");
        // Now planned 31 minutes in: 19 minutes ahead; the desk says so without a reload.
        assertThat(desk.locator(".plenum-control-timeplan")).hasText(Pattern.compile("(1[89]|20) min\\. foran.*"));
        first.fill("5");
        first.press("Tab");
        // Planned 6 minutes in: 6 minutes behind.
        assertThat(desk.locator(".plenum-control-timeplan")).hasText(Pattern.compile("[5-7] min\\. bagud.*"));

        // A vote by groups on the current item reaches the room's screen live.
        voting.recordVote(meeting.id(), meeting.items().get(2).id(), new VoteInput(false,
                Map.of("A", Choice.FOR, "V", Choice.FOR, "C", Choice.FOR, "F", Choice.AGAINST), Map.of()),
                ImportedMeetings.SECRETARIAT);
        assertThat(room.locator(".plenum-display-vote"))
                .hasText("Afstemning: For stemte 5 (A, C, V). Imod stemte 1 (F).");
        Object fontSize = room.evaluate("() => parseFloat(getComputedStyle(document.querySelector("
                + "'.plenum-display-vote')).fontSize)");
        assertThat(((Number) fontSize).doubleValue()).as("px on a 1920-px screen, read from 3 m").isGreaterThan(55);

        Browser.document(desk, "control-desk-timeplan-1024x768", false);
        Browser.document(room, "room-display-vote-1920x1080", false);

        // Three leave: quorum is broken, one line says so in words, with a sign, white on red.
        for (String name : List.of("Thomas Overgaard", "Nikolaj Fogh Larsen", "Birgitte Lindholm")) {
            attendance.mark(meeting.id(), memberId(meeting, name), AttendanceStatus.LEFT, null,
                    ImportedMeetings.SECRETARIAT);
        }
        for (Page page : List.of(desk, tablet, phone)) {
            assertThat(page.locator(".plenum-quorum")).hasClass(Pattern.compile("is-not-quorate"));
            assertThat(page.locator(".plenum-quorum-status"))
                    .hasText("Ikke beslutningsdygtigt: 3 af 7 medlemmer deltager, der mangler 1.");
            assertThat(page.locator(".plenum-quorum-sign")).hasAttribute("icon", "vaadin:warning");
            assertThat(contrast(page, ".plenum-quorum")).as("text on the warning's background").isGreaterThan(4.5);
            assertThat(visibleLines(page)).as("one line, the alert only for screen readers").isEqualTo(1);
        }
        assertThat(tablet.locator(".plenum-quorum-alert")).hasAttribute("role", "alert");
        assertThat(room.locator(".plenum-quorum")).hasCount(0);

        // The long right column at 1024×768: no taller than the screen, it scrolls inside itself to its end.
        Object column = desk.evaluate("""
                () => { const c = document.querySelector('.plenum-control-decision');
                        const box = c.getBoundingClientRect();
                        c.scrollTop = c.scrollHeight;
                        return [box.height <= window.innerHeight, c.scrollHeight > c.clientHeight
                            ? c.scrollTop > 0 : true]; }""");
        assertThat(column).isEqualTo(List.of(true, true));
        desk.evaluate("() => { document.querySelector('.plenum-control-decision').scrollTop = 0; "
                + "window.scrollTo(0, 0); }");
        Browser.document(desk, "control-desk-quorum-1024x768", false);
        phone.evaluate("() => window.scrollTo(0, document.querySelector('.plenum-quorum').offsetTop - 120)");
        Browser.document(phone, "member-quorum-390x844", false);
    }

    /** Erhvervsrådet's members with their demo parties, seven voting, Kasper Ravn Madsen away; item 1 current. */
    private Meeting aRunningMeetingTwelveMinutesLate() {
        Instant startsAt = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(12))
                .plusSeconds(System.nanoTime() % 50);
        Meeting meeting = imports.importMeeting("""
                {"council": "Erhvervsrådet", "title": "Møde med tidsplan og afstemning", "kind": "ORDINARY",
                 "startsAt": "%s", "location": "Mødelokale 1",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"},
                             {"name": "Ulla Bech Christiansen", "role": "MEMBER"},
                             {"name": "Nikolaj Fogh Larsen", "role": "MEMBER"},
                             {"name": "Birgitte Lindholm", "role": "MEMBER"},
                             {"name": "Kasper Ravn Madsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Grundsalg i Nørresundby", "visibility": "OPEN", "plannedMinutes": 30},
                           {"number": 2, "title": "Personalesag", "visibility": "CLOSED", "plannedMinutes": 20},
                           {"number": 3, "title": "Erhvervsstrategi 2030", "visibility": "OPEN", "plannedMinutes": 45,
                            "sections": [{"heading": "Indstilling", "body": "At strategien vedtages."}]},
                           {"number": 4, "title": "Eventuelt", "visibility": "OPEN", "plannedMinutes": 10}]}
                """.formatted(startsAt), ImportedMeetings.SECRETARIAT);
        proceedings.start(meeting.id(), ImportedMeetings.SECRETARIAT);
        for (Participant participant : meeting.participants()) {
            attendance.mark(meeting.id(), participant.memberId(), participant.name().startsWith("Kasper")
                    ? AttendanceStatus.APOLOGY : AttendanceStatus.PRESENT, null, ImportedMeetings.SECRETARIAT);
        }
        return proceedings.setCurrentItem(meeting.id(), meeting.items().getFirst().id(), ImportedMeetings.SECRETARIAT);
    }

    private static Locator timePlanMinutes(Page desk, Meeting meeting, int index) {
        return desk.locator(".plenum-control-timeplan-row[data-item-id='" + meeting.items().get(index).id()
                + "'] input");
    }

    private static String memberId(Meeting meeting, String name) {
        return meeting.participants().stream().filter(participant -> participant.name().equals(name)).findFirst()
                .orElseThrow().memberId();
    }

    /** WCAG contrast of the element's text colour on its background colour. */
    private static double contrast(Page page, String selector) {
        Object ratio = page.evaluate("""
                selector => { const style = getComputedStyle(document.querySelector(selector));
                  const luminance = colour => { const [r, g, b] = colour.match(/\\d+/g).slice(0, 3).map(c => c / 255)
                      .map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
                    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                  const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)]
                      .sort((a, b) => b - a);
                  return (light + 0.05) / (dark + 0.05); }""", selector);
        return ((Number) ratio).doubleValue();
    }

    /** How many of the quorum banner's texts take room on the screen (a visually hidden one is 1×1 px). */
    private static int visibleLines(Page page) {
        Object lines = page.evaluate("""
                () => [...document.querySelectorAll('.plenum-quorum-status, .plenum-quorum-alert')]
                    .filter(element => { const box = element.getBoundingClientRect();
                                         return box.width > 1 && box.height > 1; }).length""");
        return ((Number) lines).intValue();
    }

}
