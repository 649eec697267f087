package dk.plenum.voting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.council.CouncilService;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, the secretariat at its desk and a member on a 768×1024 tablet: the secretariat opens a named vote in
 * one tap, the member sees it open live and votes in one tap, the desk's count follows, the secretariat closes the
 * vote and the result's sentence appears on the member's tablet, all without reloading. Saves the screenshots in
 * {@code docs/screenshots/ballot-*.png}.
 */
@PlenumTest
class ElectronicVoteIT {

    private static final String PASSWORD = "stemmer-paa-tablet-2026";

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
    void aRunningMeetingWithAnAccountForBo() {
        council = new PartyCouncil(councils, preparation, proceedings, attendance);
        accounts.create(PartyCouncil.SECRETARY, new NewAccount(username(), AccountRole.MEMBER,
                council.meeting.councilId(), council.memberId("Bo")), PASSWORD);
    }

    @Test
    void aNamedVoteOpenedAtTheDeskIsCastOnTheTabletAndItsResultReachesTheMember() throws IOException {
        Page secretary = browser.loggedIn(url(""), "sekretariat", 1024, 768);
        secretary.navigate(url("/meetings/" + council.id + "/control"));
        Page bo = browser.loggedIn(url(""), username(), PASSWORD, 768, 1024);
        bo.navigate(url("/meetings/" + council.id));
        assertThat(bo.locator(".plenum-quorum-status")).hasText("Beslutningsdygtigt: 6 af 7 medlemmer deltager.");

        secretary.locator(".plenum-ballot-open").click();
        assertThat(secretary.locator(".plenum-ballot-progress")).hasText("0 af 6 har stemt.");
        assertThat(bo.locator(".plenum-ballot-heading")).containsText("Lokalplan for havnen");
        assertThat(bo.locator(".plenum-ballot-announcement")).containsText("Der er åbnet en afstemning om punkt");
        Locator inFavour = bo.locator(".plenum-ballot-choice[data-choice=FOR]");
        assertThat(inFavour).hasText("For");
        assertThat(inFavour.boundingBox().height).as("a touch target").isGreaterThanOrEqualTo(44);
        assertThat(bo.locator(".plenum-ballot-choice[data-choice=ABSTAIN]")).hasText("Undlod at stemme");
        shoot(bo, "ballot-member-768x1024");

        inFavour.click();
        assertThat(bo.locator(".plenum-ballot-state")).hasText("Din stemme er modtaget.");
        assertThat(bo.locator(".plenum-ballot-announcement")).hasText("Din stemme er modtaget.");
        assertThat(secretary.locator(".plenum-ballot-progress")).hasText("1 af 6 har stemt.");
        assertThat(secretary.locator(".plenum-ballot-count")).hasText("For 1 · Imod 0 · Undlod 0");
        shoot(secretary, "ballot-control-1024x768");

        secretary.locator(".plenum-ballot-close").click();
        String result = "Afstemning: For stemte 1 (Bo). 5 stemte ikke.";
        assertThat(secretary.locator(".plenum-control-recorded-vote")).hasText(result);
        assertThat(bo.locator(".plenum-item-voting[data-voting-item-id='" + council.openItem + "'] .plenum-item-vote"))
                .hasText(result);
        assertThat(bo.locator(".plenum-ballot")).isHidden();
    }

    private static void shoot(Page page, String name) throws IOException {
        Browser.settle(page);
        Path shot = browser.screenshot(page, name);
        Files.copy(shot, Path.of("docs", "screenshots", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private String username() {
        return "bo-" + council.id.substring(0, 8);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
