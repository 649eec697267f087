package dk.plenum.protocol.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.support.Browser;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, live: Kirsten asks for a protocol entry on her tablet, the secretariat accepts it on the control desk,
 * and Kirsten, and the public on the live page, see it at once; the control desk says how far behind the time plan
 * the meeting runs, and the public page when each coming item is expected, a closed item's without its hidden title.
 */
@PlenumTest
class ProtocolEntryIT {

    private static final String HIDDEN_TITLE = "Skjult personalesag";
    private static final String STATEMENT = "Jeg kan ikke støtte indstillingen om grundsalg.";

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
    AccountService accounts;

    @Test
    void anEntryGoesFromTheTabletToTheDeskAndIntoEveryViewLive() {
        Actor secretary = ImportedMeetings.SECRETARIAT;
        Actor kirsten = accounts.find("kirsten").orElseThrow();
        // Planned to start twelve minutes ago (and a few seconds, so no other meeting of the council starts then).
        Instant startsAt = ImportedMeetings.startedMinutesAgo(12);
        Meeting meeting = imports.importMeeting("""
                {"council": "Erhvervsrådet", "title": "Møde med tidsplan", "kind": "ORDINARY", "startsAt": "%s",
                 "location": "Mødelokale 1",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Grundsalg i Nørresundby", "visibility": "OPEN",
                            "plannedMinutes": 30,
                            "sections": [{"heading": "Indstilling", "body": "Sekretariatet indstiller, at grunden sælges."}]},
                           {"number": 2, "title": "%s", "visibility": "CLOSED", "hideTitle": true,
                            "plannedMinutes": 20},
                           {"number": 3, "title": "Erhvervsstrategi 2030", "visibility": "OPEN", "plannedMinutes": 45},
                           {"number": 4, "title": "Eventuelt", "visibility": "OPEN", "plannedMinutes": 10}]}
                """.formatted(startsAt, HIDDEN_TITLE), secretary);
        proceedings.start(meeting.id(), secretary);
        attendance.mark(meeting.id(), kirsten.memberId(), AttendanceStatus.PRESENT, null, kirsten);
        proceedings.setCurrentItem(meeting.id(), meeting.items().getFirst().id(), secretary);
        String base = "http://localhost:" + port;

        Page tablet = browser.loggedIn(base, "kirsten", 768, 1024);
        tablet.navigate(base + "/meetings/" + meeting.id());
        // The current item's card scrolls into view as the page opens: a click while it moves can land beside the button.
        Browser.settle(tablet);
        tablet.locator("#item-1 .plenum-protocol-ask").click();
        tablet.locator(".plenum-protocol-text textarea").fill(STATEMENT);
        tablet.locator(".plenum-protocol-send").click();
        assertThat(tablet.locator("#item-1 .plenum-protocol-own .plenum-protocol-state")).hasText("Afventer");

        Page desk = browser.loggedIn(base, "sekretariat", 1024, 768);
        desk.navigate(base + "/meetings/" + meeting.id() + "/control");
        assertThat(desk.locator(".plenum-control-protocol-text")).hasText(STATEMENT);
        assertThat(desk.locator(".plenum-control-protocol-who")).hasText("Punkt 1, Kirsten Møller Thomsen");
        assertThat(desk.locator(".plenum-control-timeplan")).hasText(Pattern.compile("1[1-3] min\\. bagud"));
        Browser.settle(desk);
        desk.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("protocol-control-1024x768.png")));
        desk.locator(".plenum-control-protocol").scrollIntoViewIfNeeded();
        Browser.settle(desk);
        desk.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("protocol-queue-1024x768.png")));

        Page observer = browser.newPage(1024, 768);
        observer.navigate(base + "/meetings/" + meeting.id());
        assertThat(observer.locator("#item-1 .plenum-protocol-entries")).not().isVisible();
        assertThat(observer.locator("#item-2 .plenum-item-expected")).hasText(Pattern.compile("Forventet kl\\. \\d\\d\\.\\d\\d"));
        assertThat(observer.locator("#item-2 .plenum-item-title")).hasText("Lukket punkt");

        desk.locator(".plenum-control-protocol-accept").click();
        assertThat(desk.locator(".plenum-control-protocol-entry")).hasCount(0);

        String printed = "Kirsten Møller Thomsen ønskede følgende tilført protokollen: " + STATEMENT;
        assertThat(tablet.locator("#item-1 .plenum-protocol-accepted li")).hasText(printed);
        assertThat(tablet.locator("#item-1 .plenum-protocol-entries [aria-live]")).hasText("Din protokoltilførsel til punkt 1 er godkendt.");
        assertThat(observer.locator("#item-1 .plenum-protocol-accepted li")).hasText(printed);
        assertThat(observer.content()).doesNotContain(HIDDEN_TITLE);
        Browser.settle(observer);
        observer.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("protocol-public-1024x768.png")));
        Browser.settle(tablet);
        tablet.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("protocol-member-768x1024.png")));

        Page phone = browser.loggedIn(base, "kirsten", 390, 844);
        phone.navigate(base + "/meetings/" + meeting.id());
        assertThat(phone.locator("#item-1 .plenum-protocol-ask")).isVisible();
        Object overflow = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        Object small = phone.evaluate("""
                () => [...document.querySelectorAll('.plenum-protocol-entries vaadin-button')]
                    .map(button => button.getBoundingClientRect())
                    .filter(box => box.width > 0 && (box.height < 44 || box.width < 44))
                    .length""");
        assertThat(((Number) small).intValue()).as("buttons smaller than 44 px").isZero();
        Browser.settle(phone);
        phone.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("protocol-member-390x844.png")));
    }
}
