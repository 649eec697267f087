package dk.plenum.bench;

import com.microsoft.playwright.Page;
import dk.plenum.support.Browser;
import java.util.Locale;

/** The "Vaadin UIs" table of {@link Bench}: one row per view and crowd size, each on a fresh meeting. */
final class VaadinBench {

    /** Untimed UIs per view in a warm-up round, on a meeting of the rows' size, before the first row. */
    private static final int WARM_UP_UIS = 100;
    private static final int WARM_UP_ITEMS = VaadinScenario.ITEMS;

    private static final String HEADER = """
            | View | UIs | Events (made per s) | Lost | Duplicated | Highlights overtaken | Resyncs | \
            Delay median / p99 / max | Chromium tab delay median / p99 / max | Live heap per UI | \
            Server CPU during the script (the JIT compiler's share) | Load (1 min) |
            |---|---|---|---|---|---|---|---|---|---|---|---|""";

    private VaadinBench() {
    }

    static void printTable(int port, ServerProcess server, int[] uiCounts) throws Exception {
        try (Browser browser = new Browser()) {
            System.out.println(warmUp(port, server));
            System.out.println();
            System.out.println(HEADER);
            for (VaadinScenario.View view : VaadinScenario.View.values()) {
                for (int uis : uiCounts) {
                    System.out.println(row(port, server, browser, view, uis));
                    Thread.sleep(FanOutRun.PAUSE);
                }
            }
        }
    }

    /** Rounds of {@link #WARM_UP_UIS} UIs of each view, untimed ({@link WarmUp}). */
    private static String warmUp(int port, ServerProcess server) throws Exception {
        return WarmUp.untilTheCompilerSettles(server, "%d UIs of each view on %d items".formatted(WARM_UP_UIS,
                WARM_UP_ITEMS), () -> {
                    for (VaadinScenario.View view : VaadinScenario.View.values()) {
                        try (VaadinScenario scenario = VaadinScenario.prepare(port, WARM_UP_ITEMS)) {
                            scenario.open(view, WARM_UP_UIS);
                            scenario.run(VaadinScenario.EVENTS_PER_SECOND);
                        }
                    }
                });
    }

    private static String row(int port, ServerProcess server, Browser browser, VaadinScenario.View view, int uis)
            throws Exception {
        Page tab = browser.newPage();
        try (VaadinScenario scenario = VaadinScenario.prepare(port, VaadinScenario.ITEMS)) {
            scenario.watchInChromium(tab);
            long heapBefore = server.liveHeapBytes();
            scenario.open(view, uis);
            double heapPerUi = (server.liveHeapBytes() - heapBefore) / (double) uis;
            ServerProcess.CpuTime cpuBefore = server.cpuTime();
            long started = System.nanoTime();
            VaadinScenario.Result result = scenario.run(VaadinScenario.EVENTS_PER_SECOND);
            double seconds = (System.nanoTime() - started) / 1e9;
            ServerProcess.CpuTime cpu = server.cpuTime().since(cpuBefore);
            result.failures().stream().distinct().forEach(failure -> System.err.println(view + " UI: " + failure));
            return "| %s | %,d | %d (%.1f) | %d | %d | %d | %d | %s | %s | %.1f KB | %.2f cores over %.1f s (JIT %.0f %%) | %s |"
                    .formatted(view.name().toLowerCase(Locale.ROOT), result.uis(), result.events(),
                            result.eventsPerSecondMade(), result.shown().missing(), result.duplicates(),
                            result.shown().overtaken(), result.resynchronisations(),
                            Percentiles.of(result.shown().delaysMillis()), chromiumColumn(result.chromium()),
                            heapPerUi / 1024, cpu.totalMillis() / 1000.0 / seconds, seconds,
                            100 * cpu.compilerShare(), Bench.loadAverage());
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
