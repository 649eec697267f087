package dk.plenum.speakers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.Actor;
import dk.plenum.support.Browser;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The speaker list end to end in Chromium: the secretariat's control view, two members' tablets (one at 390 px)
 * and the room display opened by nobody in particular. A request, a reply that jumps the queue, the floor given
 * with its countdown ticking in every browser, a withdrawal and the list closed: each view follows without reloading.
 */
@PlenumTest
class SpeakerListIT {

    private static final Actor SECRETARIAT = ImportedMeetings.SECRETARIAT;
    private static final String KIRSTEN = "Kirsten Møller Thomsen";
    private static final String THOMAS = "Thomas Overgaard";
    private static final String LASSE = "Lasse Frimand Jensen";
    private static final Pattern MINUTES_SECONDS = Pattern.compile("^[0-2]:[0-5]\\d$");

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
    SpeakerService speakers;

    @Test
    void everyViewFollowsTheListOfSpeakersLive() {
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        String id = meeting.id();
        proceedings.start(id, SECRETARIAT);
        proceedings.setCurrentItem(id, meeting.items().get(1).id(), SECRETARIAT);
        for (int member = 0; member < 3; member++) {
            attendance.mark(id, meeting.participants().get(member).memberId(), AttendanceStatus.PRESENT, null,
                    SECRETARIAT);
        }
        speakers.setMeetingSpeakingTime(id, 120, SECRETARIAT);

        Page secretary = browser.loggedIn(url(""), "sekretariat", 1024, 768);
        secretary.navigate(url("/meetings/" + id + "/control"));
        Page kirsten = browser.loggedIn(url(""), "kirsten", 1024, 768);
        kirsten.navigate(url("/meetings/" + id));
        Page thomas = browser.loggedIn(url(""), "thomas", 390, 844);
        thomas.navigate(url("/meetings/" + id));
        Page display = browser.newPage(1920, 1080);
        display.navigate(url("/meetings/" + id + "/display"));
        assertThat(display.locator(".plenum-display-item")).hasText(meeting.items().get(1).title());

        kirsten.locator(".plenum-speaker-ask").click();
        assertThat(kirsten.locator(".plenum-speaker-place")).hasText("Du er nr. 1 på talerlisten");
        assertThat(secretary.locator(".plenum-speaker-row")).hasCount(1);
        assertThat(secretary.locator(".plenum-speaker-row").first()).containsText(KIRSTEN);
        assertThat(display.locator(".plenum-speakers-next li").first()).hasText(KIRSTEN);
        assertThat(thomas.locator(".plenum-speakers-next li").first()).hasText(KIRSTEN);

        secretary.locator(".plenum-speaker-next").click();
        for (Page everyone : new Page[] {secretary, kirsten, thomas, display}) {
            assertThat(everyone.locator(".plenum-speakers-floor")).containsText(KIRSTEN);
        }
        assertThat(kirsten.locator(".plenum-speaker-place")).hasText("Du har ordet");
        Locator countdown = display.locator(".plenum-countdown");
        assertThat(countdown).hasText(MINUTES_SECONDS);
        String first = countdown.textContent();
        assertThat(countdown).not().hasText(first); // it ticks in the browser, with no event from the server
        assertThat(thomas.locator(".plenum-countdown")).hasText(MINUTES_SECONDS);

        secretary.locator("vaadin-select.plenum-speaker-who").click();
        secretary.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(LASSE)).click();
        secretary.locator(".plenum-speaker-add").click();
        assertThat(display.locator(".plenum-speakers-next li")).hasText(new String[] {LASSE});

        thomas.locator(".plenum-speaker-reply").click();
        assertThat(display.locator(".plenum-speakers-next li")).hasText(new String[] {THOMAS + " (replik)", LASSE});
        assertThat(secretary.locator(".plenum-speaker-row").first()).containsText(THOMAS);
        assertThat(thomas.locator(".plenum-speaker-place")).hasText("Du er nr. 1 på talerlisten");
        browser.screenshot(secretary, "speakers-control-1024x768");
        browser.screenshot(kirsten, "speakers-member-1024x768");
        browser.screenshot(thomas, "speakers-member-390x844");
        browser.screenshot(display, "speakers-display-1920x1080");

        thomas.locator(".plenum-speaker-ask").click();
        assertThat(display.locator(".plenum-speakers-next li")).hasText(new String[] {LASSE});
        assertThat(secretary.locator(".plenum-speaker-row")).hasCount(1);

        secretary.locator(".plenum-speaker-close").click();
        assertThat(thomas.locator(".plenum-speaker-place")).hasText("Talerlisten er lukket");
        assertThat(thomas.locator(".plenum-speaker-ask")).isHidden();
        assertThat(display.locator(".plenum-speakers-closed")).isVisible();

        proceedings.setCurrentItem(id, meeting.items().get(2).id(), SECRETARIAT);
        assertThat(display.locator(".plenum-display-item")).hasText("Lukket punkt");
        assertThat(display.locator(".plenum-speakers")).isHidden();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
