package dk.plenum.observer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.plenum.support.Api;
import dk.plenum.support.Browser;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ScriptedMeeting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member of the public follows a meeting on a phone at its shareable link, /live/{id}: decisions
 * appear without reload, a closed item shows only its public decision, and when the phone loses its
 * network the page says so, gets nothing while it is gone, and once it is back reconnects and catches up by
 * itself, with no update missing or shown twice.
 */
@PlenumTest
class ObserverPageIT {

    private static final int MEASURED_DECISIONS = 30;
    private static final String DECIDED_OFFLINE = "Besluttet mens telefonen var offline";
    private static final String ALSO_DECIDED_OFFLINE = "Også besluttet offline";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void anObserverOnAPhoneFollowsTheMeetingLiveAndCatchesUpAfterADrop() throws IOException {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Observatørudvalget", 3);
        meeting.start();
        meeting.currentItem(0);
        Page phone = browser.newPage(390, 844);
        phone.navigate("http://localhost:" + port + "/live/" + meeting.id());
        assertThat(phone.locator(".plenum-meeting-status")).hasText("I gang");
        assertThat(phone.locator(".plenum-connection")).hasAttribute("data-state", "connected");

        meeting.decide(2);
        assertThat(phone.locator("#item-3 .plenum-decision-text")).hasText(meeting.publicText(2));
        assertThat(phone.content()).doesNotContain(meeting.closedMarker());

        List<Long> delays = new ArrayList<>();
        for (int n = 1; n <= MEASURED_DECISIONS; n++) {
            String text = "Beslutning " + n + " til orientering";
            meeting.decide(n % 2, text);
            long answered = System.nanoTime();
            assertThat(phone.locator("#item-" + (n % 2 + 1) + " .plenum-decision-text")).hasText(text);
            delays.add((System.nanoTime() - answered) / 1_000_000);
        }
        report(delays);

        // Another observer stays online: once it shows what was decided meanwhile, the server has sent it out.
        Page online = browser.newPage(390, 844);
        online.navigate("http://localhost:" + port + "/live/" + meeting.id());
        assertThat(online.locator(".plenum-connection")).hasAttribute("data-state", "connected");
        recordConnectionAndDecisions(phone);
        phone.context().setOffline(true);
        assertThat(phone.locator(".plenum-connection")).hasAttribute("data-state", "connection-lost");
        meeting.decide(0, DECIDED_OFFLINE);
        meeting.decide(1, ALSO_DECIDED_OFFLINE);
        assertThat(online.locator("#item-1 .plenum-decision-text")).hasText(DECIDED_OFFLINE);
        assertThat(online.locator("#item-2 .plenum-decision-text")).hasText(ALSO_DECIDED_OFFLINE);
        assertThat(recorded(phone)).as("the offline phone got none of it").containsExactly("connection-lost");
        phone.context().setOffline(false);

        assertThat(phone.locator("#item-1 .plenum-decision-text")).hasText(DECIDED_OFFLINE);
        assertThat(phone.locator("#item-2 .plenum-decision-text")).hasText(ALSO_DECIDED_OFFLINE);
        Locator decisions = phone.locator(".plenum-decision-text");
        assertThat(decisions).hasCount(3);
        assertThat(phone.locator(".plenum-connection")).hasAttribute("data-state", "connected");
        // Chromium's offline mode holds the push socket's frames rather than closing it: back online, the held
        // decisions and Vaadin's reconnect come in either order. What matters: nothing showed before the drop
        // was noticed, and both decisions and the connection are back.
        assertThat(recorded(phone)).as("back online, it caught up and is connected again")
                .startsWith("connection-lost")
                .contains("connected", "shown: " + DECIDED_OFFLINE, "shown: " + ALSO_DECIDED_OFFLINE);
        Object overflow = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        browser.screenshot(phone, "observer-390x844");
    }

    /**
     * From now on the page notes, in order, each change of its connection state (Vaadin's connection state store,
     * which LiveStatus shows) and each decision text the first time it shows it.
     */
    private static void recordConnectionAndDecisions(Page page) {
        page.evaluate("""
                () => {
                  const recorded = window.plenumRecorded = [];
                  const texts = () => [...document.querySelectorAll('.plenum-decision-text')]
                      .map(text => text.textContent);
                  const shown = new Set(texts());
                  // 'loading' is a request under way on a connection that is there.
                  window.Vaadin.connectionState.addStateChangeListener(
                      (previous, next) => next !== 'loading' && recorded.push(next));
                  new MutationObserver(() => texts().filter(text => !shown.has(text)).forEach(text => {
                    shown.add(text);
                    recorded.push('shown: ' + text);
                  })).observe(document.body, {childList: true, subtree: true, characterData: true});
                }""");
    }

    private static List<String> recorded(Page page) {
        return ((List<?>) page.evaluate("() => window.plenumRecorded")).stream().map(String::valueOf).toList();
    }

    /** Decision answered by the API → text on the phone, printed and kept in target/ beside the screenshots. */
    private static void report(List<Long> delays) throws IOException {
        List<Long> sorted = delays.stream().sorted().toList();
        String line = "decision -> observer phone (%d decisions): median %d ms, p99 %d ms, max %d ms%n".formatted(
                sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
                sorted.getLast());
        System.out.print(line);
        Files.writeString(Path.of("target", "observer-page-delay.txt"), line);
    }
}
