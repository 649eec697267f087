package dk.plenum.bench;

import com.microsoft.playwright.Page;
import dk.plenum.support.Api;
import dk.plenum.support.Browser;
import dk.plenum.support.ScriptedMeeting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The start scenario's second half: how soon headless Chromium shows the public agenda view of a running
 * meeting ({@code /meetings/{id}}, no login) on a tablet (1024×768), and the public page ({@code /live/{id}},
 * rendered on the server: decision 0016) on a phone (390×844). A Vaadin app first paints its loading shell, so besides the first
 * contentful paint each load also gives the first paint of all and when the first agenda item's title was
 * painted (Element Timing): that is when the agenda is really there. All in ms from navigation start, as
 * Chromium reports them: paint entries arrive a little after the paint, so each load waits for them.
 * Largest contentful paint is left out: Chromium 156 headless sometimes never reported it here (when it
 * did, it was the meeting's heading, painted in the same frame as the first item's title).
 *
 * <p>The very first load of the agenda view after the jar started is reported on its own; then, for each page, each
 * repetition is a cold load (a new browser context: empty cache, no cookies, so a new Vaadin session) followed by a
 * warm one (the same context loading the page again), and the medians are reported, with the slowest cold load.
 */
final class PageLoadScenario {

    /** A typical council meeting's agenda. */
    private static final int ITEMS = 12;

    /** Runs in every document before Vaadin's scripts: records the paints as Chromium reports them. */
    private static final String RECORDER = """
            window.plenumLoad = {};
            const paintNames = {'first-paint': 'firstPaint', 'first-contentful-paint': 'firstContentfulPaint'};
            const paints = new PerformanceObserver(entries => {
                for (const entry of entries.getEntries()) {
                    const name = entry.entryType === 'paint' ? paintNames[entry.name] : 'firstItemTitle';
                    window.plenumLoad[name] = entry.startTime;
                }
            });
            for (const type of ['paint', 'element']) {
                paints.observe({type, buffered: true});
            }
            // Element Timing reports only elements marked before they are painted.
            new MutationObserver((changes, observer) => {
                const title = document.querySelector('.plenum-item-title');
                if (title) {
                    observer.disconnect();
                    title.setAttribute('elementtiming', 'first-item-title');
                }
            }).observe(document, {childList: true, subtree: true});
            """;

    private static final String ALL_PAINTED = """
            () => ['firstPaint', 'firstContentfulPaint', 'firstItemTitle'].every(name => name in window.plenumLoad)""";

    private PageLoadScenario() {
    }

    /** Ms from navigation start. */
    record Timings(double firstPaint, double firstContentfulPaint, double firstItemTitle) {

        static Timings medianOf(List<Timings> loads) {
            return of(loads, timings -> Percentiles.of(timings).median());
        }

        /** Each measure's slowest, not necessarily from the same load. */
        static Timings slowestOf(List<Timings> loads) {
            return of(loads, timings -> Arrays.stream(timings).max().orElseThrow());
        }

        private static Timings of(List<Timings> loads, ToDoubleFunction<double[]> summary) {
            return new Timings(summary.applyAsDouble(loads.stream().mapToDouble(Timings::firstPaint).toArray()),
                    summary.applyAsDouble(loads.stream().mapToDouble(Timings::firstContentfulPaint).toArray()),
                    summary.applyAsDouble(loads.stream().mapToDouble(Timings::firstItemTitle).toArray()));
        }
    }

    /** One page's cold and warm loads. */
    record Loads(List<Timings> cold, List<Timings> warm) {

        String rows() {
            return String.join("\n",
                    row("Cold: new browser context, empty cache (median of %d)".formatted(cold.size()),
                            Timings.medianOf(cold)),
                    row("Cold, slowest of %d".formatted(cold.size()), Timings.slowestOf(cold)),
                    row("Warm: same context, second load (median of %d)".formatted(warm.size()),
                            Timings.medianOf(warm)));
        }
    }

    record Result(Timings firstLoad, Loads agenda, Loads publicPage) {

        String table() {
            return """
                    | Agenda view (`/meetings/{id}`, 1024×768) in Chromium, ms from navigation start | First paint | \
                    First contentful paint | First item title painted |
                    |---|---|---|---|
                    %s
                    %s

                    | Public page (`/live/{id}`, 390×844) in Chromium, ms from navigation start | First paint | \
                    First contentful paint | First item title painted |
                    |---|---|---|---|
                    %s""".formatted(row("First load after the jar started", firstLoad), agenda.rows(), publicPage.rows());
        }
    }

    private static String row(String load, Timings timings) {
        return "| %s | %.0f | %.0f | %.0f |".formatted(load, timings.firstPaint(), timings.firstContentfulPaint(),
                timings.firstItemTitle());
    }

    static Result run(int port, int repetitions) {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", ITEMS);
        meeting.start();
        meeting.currentItem(0);
        meeting.decide(0);
        String agenda = "http://localhost:" + port + "/meetings/" + meeting.id();
        String publicPage = "http://localhost:" + port + "/live/" + meeting.id();
        try (Browser browser = new Browser()) {
            Timings firstLoad = load(recordingPage(browser, 1024, 768), agenda);
            return new Result(firstLoad, loads(browser, agenda, 1024, 768, repetitions),
                    loads(browser, publicPage, 390, 844, repetitions));
        }
    }

    private static Loads loads(Browser browser, String url, int width, int height, int repetitions) {
        List<Timings> cold = new ArrayList<>();
        List<Timings> warm = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            Page page = recordingPage(browser, width, height);
            cold.add(load(page, url));
            warm.add(load(page, url));
            page.context().close();
        }
        return new Loads(cold, warm);
    }

    /** A page in a new context that records the paints of every document it loads. */
    private static Page recordingPage(Browser browser, int width, int height) {
        Page page = browser.newPage(width, height);
        page.addInitScript(RECORDER);
        return page;
    }

    private static Timings load(Page page, String url) {
        page.navigate(url);
        page.waitForFunction(ALL_PAINTED);
        return new Timings(timing(page, "firstPaint"), timing(page, "firstContentfulPaint"),
                timing(page, "firstItemTitle"));
    }

    private static double timing(Page page, String name) {
        return ((Number) page.evaluate("name => window.plenumLoad[name]", name)).doubleValue();
    }
}
