package dk.plenum.voting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.support.Browser;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PartyCouncils;
import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: the public page shows "Afstemning i gang" on the item as the vote opens, live through its script and
 * without who has voted; the secretariat cancels the vote on the control desk after a confirm, and the public page
 * drops it at once; a vote closed after it shows its result there. Screenshots of the desk with the open vote and of
 * the public page during it, in {@code docs/screenshots}.
 */
@PlenumTest
class VoteCancelAndPublicPageIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    PartyCouncils partyCouncils;

    @Autowired
    BallotService ballots;

    @Autowired
    MeetingJournal journal;

    @Test
    void theSecretariatCancelsAVoteOpenedByMistakeAndThePublicPageFollowsItLive() {
        PartyCouncil council = partyCouncils.create();
        String base = "http://localhost:" + port;
        Page observer = browser.newPage(1024, 768);
        observer.navigate(base + "/live/" + council.id);
        assertThat(observer.locator(".plenum-connection")).hasAttribute("data-state", "live");
        Locator item = observer.locator("li[data-item-id=\"" + council.openItem + "\"]");

        ballots.open(council.id, council.openItem, false, PartyCouncil.SECRETARY);
        ballots.cast(council.id, council.openItem, Choice.FOR, council.member("Anna"));
        assertThat(item.locator(".plenum-ballot-open-badge")).hasText("Afstemning i gang");
        assertThat(observer.locator(".plenum-ballot-now")).containsText("Afstemning i gang på punkt");
        assertThat(observer.locator("#plenum-announcer")).containsText("Afstemning i gang på punkt");
        assertThat(observer.locator("main")).not().containsText("Anna stemte");
        Browser.keep(observer, "vote-public-page-1024x768", false);

        Page desk = browser.loggedIn(base, "sekretariat", 1024, 768);
        desk.navigate(base + "/meetings/" + council.id + "/control");
        Locator cancel = desk.locator("vaadin-button.plenum-ballot-cancel");
        assertThat(cancel).hasText("Annullér afstemningen");
        desk.locator(".plenum-ballot-desk").scrollIntoViewIfNeeded();
        Browser.document(desk, "vote-control-cancel-1024x768", false);

        cancel.click();
        Locator dialog = desk.locator("vaadin-confirm-dialog.plenum-ballot-cancel-dialog");
        assertThat(desk.getByText("Den afgivne stemme kasseres.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        desk.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(desk.locator("vaadin-button.plenum-ballot-open")).isVisible();
        assertThat(dialog).hasCount(0);
        assertThat(journal.get(council.id).voting().ballot()).isNull();

        assertThat(item.locator(".plenum-ballot-open-badge")).hasCount(0);
        assertThat(observer.locator(".plenum-ballot-now")).hasCount(0);
        assertThat(observer.locator("#plenum-announcer")).containsText("er annulleret");

        ballots.open(council.id, council.openItem, false, PartyCouncil.SECRETARY);
        assertThat(item.locator(".plenum-ballot-open-badge")).hasCount(1);
        ballots.cast(council.id, council.openItem, Choice.AGAINST, council.member("Bo"));
        ballots.close(council.id, council.openItem, PartyCouncil.SECRETARY);
        assertThat(item.locator(".plenum-item-voting")).containsText("Imod stemte 1 (");
        assertThat(item.locator(".plenum-ballot-open-badge")).hasCount(0);
    }
}
