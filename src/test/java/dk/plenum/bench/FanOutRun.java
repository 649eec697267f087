package dk.plenum.bench;

import java.time.Duration;

/**
 * One fan-out scenario run against one server, with what the server spent on it: the growth of its live
 * heap per observer once the crowd is subscribed, and its CPU time while the events are made and delivered.
 * Plenum and the baseline are measured by this same code, so their rows can be divided.
 */
record FanOutRun(FanOutScenario.Result result, double heapPerObserverBytes, long httpSessionsOpened, double cpuSeconds,
        double seconds, String loadAverage) {

    /** Between runs, so the server has closed the previous crowd's sockets. */
    static final Duration PAUSE = Duration.ofSeconds(5);

    static final String HEADER = """
            | Observers | Server | Events (made per s) | Lost | Duplicated | Delay median / p99 / max | \
            Live heap per observer | HTTP sessions opened | Server CPU during the script | Load (1 min) |
            |---|---|---|---|---|---|---|---|---|---|""";

    /** Runs {@code scenario} (and closes it) with {@code observers} observers, then pauses. */
    static FanOutRun measure(ServerProcess server, FanOutScenario scenario, int observers, int eventsPerSecond)
            throws Exception {
        try (scenario) {
            ServerProcess.LiveHeap before = server.liveHeap();
            scenario.subscribe(observers);
            ServerProcess.LiveHeap after = server.liveHeap();
            double heapPerObserver = (after.bytes() - before.bytes()) / (double) observers;
            long cpuBefore = server.cpuMillis();
            long started = System.nanoTime();
            FanOutScenario.Result result = scenario.run(eventsPerSecond);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (server.cpuMillis() - cpuBefore) / 1000.0;
            FanOutRun run = new FanOutRun(result, heapPerObserver, after.httpSessions() - before.httpSessions(),
                    cpuSeconds, seconds, Bench.loadAverage());
            Thread.sleep(PAUSE);
            return run;
        }
    }

    String row(String server) {
        return "| %,d | %s | %d (%.1f) | %d | %d | %s | %.1f KB | %d | %.2f cores over %.1f s | %s |".formatted(
                result.observers(), server, result.events(), result.eventsPerSecondMade(), result.missing(),
                result.duplicates(), result.delayMillis(), heapPerObserverBytes / 1024, httpSessionsOpened,
                cpuSeconds / seconds, seconds, loadAverage);
    }

    /**
     * This run divided by the {@code baseline}'s: pace made, delay median and p99, heap per observer, CPU time.
     * The delays compare only at a pace ratio of 1.0×: a server that answers slower gets fewer events per second.
     */
    String ratioRow(String label, FanOutRun baseline) {
        return "| %,d | %s | %s pace | | | %s / %s / – | %s | | %s CPU time | |".formatted(result.observers(), label,
                ratio(result.eventsPerSecondMade(), baseline.result.eventsPerSecondMade()),
                ratio(result.delayMillis().median(), baseline.result.delayMillis().median()),
                ratio(result.delayMillis().p99(), baseline.result.delayMillis().p99()),
                ratio(heapPerObserverBytes, baseline.heapPerObserverBytes), ratio(cpuSeconds, baseline.cpuSeconds));
    }

    /** E.g. "2.4×"; a dash when the baseline measured nothing to divide by. */
    private static String ratio(double value, double baseline) {
        return baseline > 0 ? "%.1f×".formatted(value / baseline) : "–";
    }
}
