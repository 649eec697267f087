package dk.plenum.proceedings.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.support.Browser;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium at a landscape tablet's size: the secretary approves the minutes of a closed meeting on the control
 * desk (Enter in the confirmation cancels: the safe button has the focus), and the desk and a member's page then say
 * "Referat godkendt", and so does the public page left open. Screenshots of the desk at 1024×768 and 390×844:
 * {@code docs/screenshots/control-minutes-approved-*.png}.
 */
@PlenumTest
class MinutesApprovalIT {

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

    @Test
    void theSecretaryApprovesTheMinutesAndEveryoneSeesIt() {
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        proceedings.start(meeting.id(), ImportedMeetings.SECRETARIAT);
        proceedings.setCurrentItem(meeting.id(), meeting.items().get(1).id(), ImportedMeetings.SECRETARIAT);
        for (int index : new int[] {0, 1}) {
            decisions.record(meeting.id(), meeting.items().get(index).id(), new DecisionInput(DecisionOutcome.APPROVED,
                    "Godkendt.", null, null, null), ImportedMeetings.SECRETARIAT);
        }
        proceedings.close(meeting.id(), ImportedMeetings.SECRETARIAT);
        Page observer = browser.open(baseUrl() + "/live/" + meeting.id());
        assertThat(observer.locator(".plenum-connection")).hasAttribute("data-state", "live");
        Page desk = browser.loggedIn(baseUrl(), "sekretariat", 1024, 768);
        desk.navigate(baseUrl() + "/meetings/" + meeting.id() + "/control");

        desk.locator(".plenum-control-approveMinutes").click();
        Locator dialog = desk.locator("vaadin-confirm-dialog.plenum-control-approve-minutes-dialog");
        desk.waitForFunction("() => document.activeElement && document.activeElement.getAttribute('slot') === 'cancel-button'");
        desk.keyboard().press("Enter");
        assertThat(dialog).isHidden();
        assertThat(desk.locator(".plenum-minutes-approved")).hasCount(0);

        desk.locator(".plenum-control-approveMinutes").click();
        dialog.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(desk.locator(".plenum-minutes-approved")).hasText(Pattern.compile("Referat godkendt .+ \\d{4}"));
        assertThat(desk.locator(".plenum-control-approveMinutes")).hasCount(0);
        Browser.document(desk, "control-minutes-approved-1024x768", false);
        desk.setViewportSize(390, 844);
        desk.locator(".plenum-minutes-approved").scrollIntoViewIfNeeded();
        Browser.document(desk, "control-minutes-approved-390x844", false);
        // The public page left open shows it live.
        assertThat(observer.locator(".plenum-minutes-approved")).hasText(Pattern.compile("Referat godkendt .+"));

        Page member = browser.loggedIn(baseUrl(), "kirsten", 1024, 768);
        member.navigate(baseUrl() + "/meetings/" + meeting.id());
        assertThat(member.locator(".plenum-minutes-approved")).hasText(Pattern.compile("Referat godkendt .+"));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
