package dk.plenum.observer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import dk.plenum.support.Api;
import dk.plenum.support.Browser;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ScriptedMeeting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member of the public follows a meeting on a phone at its shareable link, /live/{id}, a page rendered on the
 * server with a small script on the public STOMP stream: decisions the secretariat records over the API appear
 * without reload (and are announced), a closed item shows only its public decision; when its connection is cut
 * and the way back is held, the page says so, shows nothing meanwhile, and once it can connect again catches up
 * by itself with no decision missing or shown twice; and where no WebSocket gets through at all (a proxy) it
 * says it updates every 5 seconds and still follows the meeting. The WebSocket is cut and blocked with
 * Playwright's WebSocket routes, between the page and the server.
 */
@PlenumTest
class ObserverPageIT {

    private static final int MEASURED_DECISIONS = 10;
    private static final String DECIDED_AWAY = "Besluttet mens telefonen var afskåret";
    private static final String ALSO_DECIDED_AWAY = "Også besluttet imens";
    private static final String DECIDED_WHILE_POLLING = "Besluttet bag en proxy uden WebSocket";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void anObserverOnAPhoneFollowsTheMeetingLiveThroughAForcedReconnectAndWithoutWebSockets() throws IOException {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Observatørudvalget", 3);
        meeting.start();
        meeting.currentItem(0);
        Page phone = browser.newPage(390, 844);
        // Every connection of the page to /ws passes through here: to the server, or held while the way back is cut.
        AtomicBoolean passing = new AtomicBoolean(true);
        AtomicReference<WebSocketRoute> socket = new AtomicReference<>();
        phone.routeWebSocket("**/ws", route -> {
            socket.set(route);
            if (passing.get()) {
                route.connectToServer();
            }
        });
        phone.navigate(url(meeting));
        assertThat(phone.locator(".plenum-meeting-status")).hasText("I gang");
        assertThat(phone.locator(".plenum-connection")).hasAttribute("data-state", "live");
        assertThat(phone.locator(".plenum-connection")).hasText("Live");
        assertThat(phone.locator("#item-1")).hasAttribute("aria-current", "true");
        // A figure for decision 0016, not a check: a fresh context, so a cold load.
        Number firstContentfulPaint = (Number) phone.evaluate(
                "() => performance.getEntriesByName('first-contentful-paint')[0].startTime");

        meeting.decide(2);
        assertThat(phone.locator("#item-3 .plenum-decision-text")).hasText(meeting.publicText(2));
        assertThat(phone.locator("#plenum-announcer")).hasText("Beslutning i punkt 3: " + meeting.publicText(2));
        assertThat(phone.content()).doesNotContain(meeting.closedMarker());
        meeting.currentItem(1);
        assertThat(phone.locator("#item-2")).hasAttribute("aria-current", "true");
        assertThat(phone.locator(".plenum-now")).hasText("Nu: pkt. 2 – Punkt 1");
        assertThat(phone.locator("#item-1")).not().hasAttribute("aria-current", "true");

        List<Long> delays = new ArrayList<>();
        for (int n = 1; n <= MEASURED_DECISIONS; n++) {
            String text = "Beslutning " + n + " til orientering";
            meeting.decide(n % 2, text);
            long answered = System.nanoTime();
            assertThat(phone.locator("#item-" + (n % 2 + 1) + " .plenum-decision-text")).hasText(text);
            delays.add((System.nanoTime() - answered) / 1_000_000);
        }
        report(delays, firstContentfulPaint.longValue());

        recordConnectionAndDecisions(phone);
        passing.set(false);
        cut(socket.get());
        assertThat(phone.locator(".plenum-connection")).hasAttribute("data-state", "reconnecting");
        assertThat(phone.locator(".plenum-connection")).hasText("Forbinder igen…");
        meeting.decide(0, DECIDED_AWAY);
        meeting.decide(1, ALSO_DECIDED_AWAY);
        assertThat(recorded(phone)).as("cut off, the phone got none of it").containsExactly("reconnecting");
        passing.set(true);
        cut(socket.get());

        assertThat(phone.locator("#item-1 .plenum-decision-text")).hasText(DECIDED_AWAY);
        assertThat(phone.locator("#item-2 .plenum-decision-text")).hasText(ALSO_DECIDED_AWAY);
        assertThat(phone.locator(".plenum-decision-text")).hasCount(3);
        assertThat(phone.locator(".plenum-connection")).hasAttribute("data-state", "live");
        assertThat(recorded(phone)).as("back, it caught up once and is live again").containsExactly("reconnecting",
                "shown: " + DECIDED_AWAY, "shown: " + ALSO_DECIDED_AWAY, "live");
        Object overflow = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        Browser.keep(phone, "public-page-390x844", false);

        Page behindAProxy = browser.newPage(1024, 768);
        behindAProxy.routeWebSocket("**/ws", ObserverPageIT::cut);
        behindAProxy.navigate(url(meeting));
        assertThat(behindAProxy.locator(".plenum-connection")).hasAttribute("data-state", "polling");
        assertThat(behindAProxy.locator(".plenum-connection")).hasText("Opdateres hvert 5. sekund");
        meeting.decide(0, DECIDED_WHILE_POLLING);
        assertThat(behindAProxy.locator("#item-1 .plenum-decision-text")).hasText(DECIDED_WHILE_POLLING);
        assertThat(phone.locator("#item-1 .plenum-decision-text")).hasText(DECIDED_WHILE_POLLING);
        Browser.keep(behindAProxy, "public-page-1024x768", false);
    }

    /** Closes the page's WebSocket as a proxy or a lost network would. */
    private static void cut(WebSocketRoute socket) {
        socket.close(new WebSocketRoute.CloseOptions().setCode(1000).setReason("cut"));
    }

    private String url(ScriptedMeeting meeting) {
        return "http://localhost:" + port + "/live/" + meeting.id();
    }

    /** From now on the page notes, in order, each change of its connection state and each decision text it shows. */
    private static void recordConnectionAndDecisions(Page page) {
        page.evaluate("""
                () => {
                  const recorded = window.plenumRecorded = [];
                  const connection = document.querySelector('.plenum-connection');
                  const texts = () => [...document.querySelectorAll('.plenum-decision-text')]
                      .map(text => text.textContent);
                  const shown = new Set(texts());
                  let state = connection.dataset.state;
                  new MutationObserver(() => {
                    texts().filter(text => !shown.has(text)).forEach(text => {
                      shown.add(text);
                      recorded.push('shown: ' + text);
                    });
                    if (connection.dataset.state !== state) {
                      state = connection.dataset.state;
                      recorded.push(state);
                    }
                  }).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true});
                }""");
    }

    private static List<String> recorded(Page page) {
        return ((List<?>) page.evaluate("() => [...window.plenumRecorded]")).stream().map(String::valueOf).toList();
    }

    /**
     * Decision answered by the API → text on the phone, and the phone's first contentful paint, printed and kept in
     * target/ beside the screenshots.
     */
    private static void report(List<Long> delays, long firstContentfulPaint) throws IOException {
        List<Long> sorted = delays.stream().sorted().toList();
        String line = ("decision -> public page on a phone (%d decisions): median %d ms, p99 %d ms, max %d ms;"
                + " first contentful paint (cold) %d ms%n").formatted(sorted.size(), sorted.get(sorted.size() / 2),
                        sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.getLast(), firstContentfulPaint);
        System.out.print(line);
        Files.writeString(Path.of("target", "observer-page-delay.txt"), line);
    }
}
