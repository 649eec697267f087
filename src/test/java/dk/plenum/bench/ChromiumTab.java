package dk.plenum.bench;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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

    private final Page page;
    /** Wall clock and nanoTime read together, to put the commands' answers on the page's clock. */
    private final long epochMillis = System.currentTimeMillis();
    private final long nanoTime = System.nanoTime();

    private ChromiumTab(Page page) {
        this.page = page;
    }

    /** Opens {@code url} in {@code page} and starts recording once the agenda is shown. */
    static ChromiumTab watch(Page page, String url) {
        page.navigate(url);
        page.waitForSelector(".plenum-item");
        page.evaluate(RECORD_MARKS);
        return new ChromiumTab(page);
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
