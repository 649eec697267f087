package dk.plenum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dk.plenum.support.Browser;
import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Vaadin scenario's Chromium tab at a small size (a browser test, so it sees the production bundle): the tab
 * sees every event the protocol-level crowd sees, and each of the crowd's UIs reports as many property changes to
 * the server as the tab while the meeting goes on: none, now that a card the server opens or folds no longer
 * reports {@code opened-changed} back. Only correctness, never timing. The crowd runs none of the page's scripts:
 * the member's offline copy, saved by a script at most once a minute, is not part of its load.
 */
@PlenumTest
class VaadinScenarioIT {

    private static final int UIS = 5;

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aChromiumTabBesideTheCrowdOfThePublicsViewSeesEveryEventAndSendsWhatTheCrowdSends() throws Exception {
        runBesideChromium(VaadinScenario.View.OBSERVER, browser.newPage());
    }

    @Test
    void aMembersChromiumTabBesideTheCrowdOfMembersViewsSeesEveryEventAndSendsWhatTheCrowdSends() throws Exception {
        runBesideChromium(VaadinScenario.View.MEMBER,
                browser.loggedIn("http://localhost:" + port, "kirsten", 1024, 768));
    }

    private void runBesideChromium(VaadinScenario.View view, Page tab) throws Exception {
        try (VaadinScenario scenario = VaadinScenario.prepare(port, 3)) {
            scenario.watchInChromium(tab);
            scenario.open(view, UIS);
            VaadinScenario.Result result = scenario.run(VaadinScenario.EVENTS_PER_SECOND);

            assertThat(result.failures()).isEmpty();
            assertThat(result.shown().missing()).isZero();
            assertThat(result.duplicates()).isZero();
            assertThat(result.chromium().missing()).isZero();
            assertThat(result.chromium().delaysMillis()).hasSize(result.events());
            // A card the server opens or folds sends nothing back (ItemCard): a tablet only listens.
            assertThat(result.chromiumChangesReported()).as("the tab's reports while the meeting went on").isZero();
            assertThat(result.changesReported()).as("the crowd's reports while the meeting went on")
                    .isEqualTo((long) UIS * result.chromiumChangesReported());
        }
    }
}
