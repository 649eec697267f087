package dk.plenum.bench;

import com.microsoft.playwright.Page;
import dk.plenum.support.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A real Chromium tab on an agenda view, beside the protocol-level {@link VaadinCrowd}: it checks that
 * the crowd's delays are what a browser sees. The page itself notes (a MutationObserver, {@code Date.now()})
 * when each card first shows as current and first holds a decision, the DOM side of the marks the crowd
 * reads from the pushes; the load JVM compares that with its own wall clock at each command's answer. Both
 * clocks are this machine's.
 */
final class ChromiumTab {

    /** Installed once the agenda is rendered. */
    private static final String RECORD_MARKS = """
            () => {
              const seen = window.plenumBenchSeen = {};
              const look = () => {
                const now = Date.now();
                for (const card of document.querySelectorAll('.plenum-item[id^="item-"]')) {
                  const item = Number(card.id.substring('item-'.length)) - 1;
                  if (card.classList.contains('plenum-item-current') && !(('current-' + item) in seen)) {
                    seen['current-' + item] = now;
                  }
                  if (card.querySelector('.plenum-decision-text') && !(('decided-' + item) in seen)) {
                    seen['decided-' + item] = now;
                  }
                }
              };
              new MutationObserver(look).observe(document.body,
                  {subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class']});
            }""";

    /** A property change the page's client reports in a UIDL request, e.g. {@code "event":"opened-changed"}. */
    private static final Pattern CHANGE_EVENT = Pattern.compile("\"event\":\"[^\"]+-changed\"");
    /** How long the tab must send nothing before its view counts as open. */
    private static final double QUIET_MILLIS = 1_000;
    private static final int MAX_QUIET_WAITS = 10;

    private final Page page;
    /** The property changes the tab reported since its view was open, to compare with the crowd's. */
    private final AtomicInteger changesReported;
    /** Wall clock and nanoTime read together, to put the commands' answers on the page's clock. */
    private final long epochMillis = System.currentTimeMillis();
    private final long nanoTime = System.nanoTime();

    private ChromiumTab(Page page, AtomicInteger changesReported) {
        this.page = page;
        this.changesReported = changesReported;
    }

    /**
     * Opens {@code url} in {@code page} and starts recording once the agenda is shown and the tab has sent nothing
     * for a second (its web components report their properties after the first render).
     */
    static ChromiumTab watch(Page page, String url) {
        AtomicInteger uidlRequests = new AtomicInteger();
        AtomicInteger changesReported = new AtomicInteger();
        // Playwright hands the tab's requests over during its own calls, so this counts them all by the next call.
        page.onRequest(request -> {
            if (request.url().contains("v-r=uidl")) {
                uidlRequests.incrementAndGet();
                changesReported.addAndGet((int) CHANGE_EVENT.matcher(request.postData()).results().count());
            }
        });
        page.navigate(url);
        page.waitForSelector(".plenum-item");
        for (int wait = 0, before = -1; wait < MAX_QUIET_WAITS && before != uidlRequests.get(); wait++) {
            before = uidlRequests.get();
            Browser.settle(page);
            page.waitForTimeout(QUIET_MILLIS);
        }
        page.evaluate(RECORD_MARKS);
        changesReported.set(0);
        return new ChromiumTab(page, changesReported);
    }

    /** Property changes the tab reported since its view was open: those the meeting's events caused. */
    int changesReportedSinceOpened() {
        return changesReported.get();
    }

    /** What the tab showed of the meeting script's events (see {@link ShownEvents}). */
    ShownEvents shown(List<PacedEvents.Answered> events) {
        Map<?, ?> seen = (Map<?, ?>) page.evaluate("() => window.plenumBenchSeen");
        return ShownEvents.of(events, event -> {
            Object shownAt = seen.get((MeetingScriptEvents.isDecision(event.index()) ? "decided-" : "current-")
                    + MeetingScriptEvents.item(event.index()));
            return shownAt == null ? Double.NaN : ((Number) shownAt).doubleValue();
        }, this::answeredEpochMillis);
    }

    private double answeredEpochMillis(PacedEvents.Answered event) {
        return epochMillis + (event.atNanos() - nanoTime) / 1e6;
    }

    /** Waits until the tab shows the decision on {@code item}; gives up quietly (the result shows what is missing). */
    void awaitDecision(int item, Duration timeout) {
        try {
            page.waitForSelector("#item-" + (item + 1) + " .plenum-decision-text",
                    new Page.WaitForSelectorOptions().setTimeout(timeout.toMillis()));
        } catch (com.microsoft.playwright.TimeoutError stillNotThere) {
            // counted as missing
        }
    }
}
