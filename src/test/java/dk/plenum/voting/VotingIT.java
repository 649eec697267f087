package dk.plenum.voting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.council.CouncilService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.preparation.PreparationService;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.AccountService.NewAccount;
import dk.plenum.support.Browser;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, with the secretariat at its desk, two members on their tablets and an anonymous observer: a member
 * declares inhabilitet, the secretariat records a vote by groups, and a departure breaks quorum; every view shows
 * each change without reloading, and the observer sees the open item's vote. Saves the screenshots in
 * {@code docs/screenshots/voting-*.png}.
 */
@PlenumTest
class VotingIT {

    private static final String PASSWORD = "stemmer-i-byraadet-2026";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    CouncilService councils;
    @Autowired
    PreparationService preparation;
    @Autowired
    ProceedingsService proceedings;
    @Autowired
    AttendanceService attendance;
    @Autowired
    AccountService accounts;

    private PartyCouncil council;

    @BeforeEach
    void aRunningMeetingWithAccountsForTwoMembers() {
        council = new PartyCouncil(councils, preparation, proceedings, attendance);
        for (String name : List.of("Bo", "Anna")) {
            accounts.create(PartyCouncil.SECRETARY, new NewAccount(username(name), AccountRole.MEMBER,
                    council.meeting.councilId(), council.memberId(name)), PASSWORD);
        }
    }

    @Test
    void inhabilitetAVoteByGroupsAndAQuorumBreakReachEveryViewLive() throws IOException {
        Page secretary = browser.loggedIn(url(""), "sekretariat", 1024, 768);
        secretary.navigate(url("/meetings/" + council.id + "/control"));
        Page bo = member("Bo", 1024, 768);
        Page anna = member("Anna", 390, 844);
        Page observer = browser.newPage(390, 844);
        observer.navigate(url("/live/" + council.id));
        assertThat(bo.locator(".plenum-quorum-status")).hasText("Beslutningsdygtigt: 6 af 7 medlemmer deltager.");

        voting(bo).locator(".plenum-declare-conflict").click();
        assertThat(secretary.locator(".plenum-control-conflict")).containsText("Bo (inhabil)");
        assertThat(voting(anna).locator(".plenum-item-conflicts")).containsText("Bo (inhabil)");

        choose(secretary, "party:A", "FOR");
        choose(secretary, "party:V", "AGAINST");
        choose(secretary, "party:F", "ABSTAIN");
        secretary.locator(".plenum-control-save-vote").click();
        String result = "Afstemning: For stemte 2 (A). Imod stemte 2 (V). Undlod at stemme 1 (F).";
        assertThat(secretary.locator(".plenum-control-recorded-vote")).hasText(result);
        assertThat(voting(anna).locator(".plenum-item-vote")).hasText(result);
        assertThat(voting(observer).locator(".plenum-item-vote")).hasText(result);
        assertThat(observer.locator(".plenum-quorum")).isHidden();

        shoot(secretary, "voting-control-1024x768");
        shoot(anna, "voting-member-390x844");
        for (String name : List.of("Dorte", "Erik", "Frida")) {
            attendance.mark(council.id, council.memberId(name), AttendanceStatus.LEFT, null, PartyCouncil.SECRETARY);
        }
        // Announced once, when Erik's departure broke it (3 left); whether its words already follow Frida (2)
        // depends on which live update arrives first, so either is the break announced.
        assertThat(bo.locator(".plenum-quorum-alert")).hasText(java.util.regex.Pattern.compile(
                "Beslutningsdygtigheden er brudt: kun [23] af 7 medlemmer deltager nu\\."));
        assertThat(bo.locator(".plenum-quorum-status")).hasText(
                "Ikke beslutningsdygtigt: 2 af 7 medlemmer deltager, der mangler 2.");
        assertThat(bo.locator(".plenum-quorum-alert")).hasAttribute("role", "alert");
        assertThat(secretary.locator(".plenum-quorum")).hasClass(java.util.regex.Pattern.compile("is-not-quorate"));
        shoot(bo, "voting-member-1024x768");
        shoot(observer, "voting-public-390x844");
    }

    private Page member(String name, int width, int height) {
        Page page = browser.newPage(width, height);
        page.navigate(url("/login"));
        page.locator("vaadin-text-field[name=username] input").fill(username(name));
        Locator password = page.locator("vaadin-password-field[name=password] input");
        password.fill(PASSWORD);
        password.press("Enter");
        page.waitForURL(address -> !address.contains("/login"));
        page.navigate(url("/meetings/" + council.id));
        return page;
    }

    /** The open item's votes and conflicts, on a member's or the public's page. */
    private Locator voting(Page page) {
        return page.locator(".plenum-item-voting[data-voting-item-id='" + council.openItem + "']");
    }

    private static void choose(Page secretary, String row, String choice) {
        secretary.locator(".plenum-control-vote-row[data-key='" + row + "'] [data-choice=" + choice + "]").click();
        assertThat(secretary.locator(".plenum-control-vote-row[data-key='" + row + "'] [data-choice=" + choice + "]"))
                .hasAttribute("aria-pressed", "true");
    }

    private static void shoot(Page page, String name) throws IOException {
        Browser.settle(page);
        Path shot = browser.screenshot(page, name);
        Files.copy(shot, Path.of("docs", "screenshots", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private String username(String name) {
        return name.toLowerCase() + "-" + council.id.substring(0, 8);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
