package dk.plenum.bench;

import com.microsoft.playwright.Page;
import dk.plenum.support.Browser;
import java.util.Locale;

/** The "Vaadin UIs" table of {@link Bench}: one row per view and crowd size, each on a fresh meeting. */
final class VaadinBench {

    /**
     * Untimed UIs per view, on a meeting of the rows' size, before the first row, so that row does not pay for the
     * server's JIT: with 20 UIs on 5 items, the compiler still took a quarter of the server's CPU during the 500-UI
     * row's script (async-profiler, 2026-11-30).
     */
    private static final int WARM_UP_UIS = 100;
    private static final int WARM_UP_ITEMS = VaadinScenario.ITEMS;

    private static final String HEADER = """
            | View | UIs | Events (made per s) | Lost | Duplicated | Highlights overtaken | Resyncs | \
            Delay median / p99 / max | Chromium tab delay median / p99 / max | Live heap per UI | \
            Server CPU during the script | Load (1 min) |
            |---|---|---|---|---|---|---|---|---|---|---|---|""";

    private VaadinBench() {
    }

    static void printTable(int port, ServerProcess server, int[] uiCounts) throws Exception {
        System.out.println(HEADER);
        try (Browser browser = new Browser()) {
            warmUp(port);
            for (VaadinScenario.View view : VaadinScenario.View.values()) {
                for (int uis : uiCounts) {
                    System.out.println(row(port, server, browser, view, uis));
                    Thread.sleep(FanOutRun.PAUSE);
                }
            }
        }
    }

    private static void warmUp(int port) throws Exception {
        for (VaadinScenario.View view : VaadinScenario.View.values()) {
            try (VaadinScenario scenario = VaadinScenario.prepare(port, WARM_UP_ITEMS)) {
                scenario.open(view, WARM_UP_UIS);
                scenario.run(VaadinScenario.EVENTS_PER_SECOND);
            }
        }
    }

    private static String row(int port, ServerProcess server, Browser browser, VaadinScenario.View view, int uis)
            throws Exception {
        Page tab = browser.newPage();
        try (VaadinScenario scenario = VaadinScenario.prepare(port, VaadinScenario.ITEMS)) {
            scenario.watchInChromium(tab);
            long heapBefore = server.liveHeapBytes();
            scenario.open(view, uis);
            double heapPerUi = (server.liveHeapBytes() - heapBefore) / (double) uis;
            long cpuBefore = server.cpuMillis();
            long started = System.nanoTime();
            VaadinScenario.Result result = scenario.run(VaadinScenario.EVENTS_PER_SECOND);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (server.cpuMillis() - cpuBefore) / 1000.0;
            result.failures().stream().distinct().forEach(failure -> System.err.println(view + " UI: " + failure));
            return "| %s | %,d | %d (%.1f) | %d | %d | %d | %d | %s | %s | %.1f KB | %.2f cores over %.1f s | %s |"
                    .formatted(view.name().toLowerCase(Locale.ROOT), result.uis(), result.events(),
                            result.eventsPerSecondMade(), result.shown().missing(), result.duplicates(),
                            result.shown().overtaken(), result.resynchronisations(),
                            Percentiles.of(result.shown().delaysMillis()), chromiumColumn(result.chromium()),
                            heapPerUi / 1024, cpuSeconds / seconds, seconds, Bench.loadAverage());
        } finally {
            tab.context().close();
        }
    }

    /** The tab's delays, and what it missed or saw overtaken. */
    private static String chromiumColumn(ShownEvents tab) {
        String delays = Percentiles.of(tab.delaysMillis()).toString();
        return tab.missing() + tab.overtaken() == 0 ? delays
                : "%s (%d lost, %d overtaken)".formatted(delays, tab.missing(), tab.overtaken());
    }
}
