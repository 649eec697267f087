package dk.plenum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The load process of bench/run.sh: runs the scenarios against a Plenum server that runs in another JVM
 * and prints one Markdown table row per run. The fan-out scenario also runs against the baseline, the bare
 * broadcast app ({@link dk.plenum.bench.baseline.BroadcastApp}) in a third JVM, at the same pace.
 *
 * <pre>Bench PORT SERVER_PID OBSERVER_COUNTS(1000,5000,10000; "" for none) DECISIONS EVENTS_PER_SECOND SECRETARIES DECISIONS_EACH
 *     with -Dbench.baseline.port=PORT -Dbench.baseline.pid=PID [-Dbench.pageLoads=5 (0: no page loads)]
 *     [-Dbench.pageViewers=10000 (browsers on the public page, each beside as many bare observers of the baseline;
 *      "" for none, the default)]
 *     [-Dbench.vaadinUis=100,500 (UIs per view; "" for none, the default)]
 *     [-Dbench.voteMembers=50 -Dbench.voteObservers=5000 -Dbench.voteUis=100 (the electronic vote; 0 members: none,
 *      the default)]</pre>
 * SECRETARIES 0 leaves the command scenario out.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        ServerProcess server = new ServerProcess(Long.parseLong(args[1]),
                Path.of(System.getProperty("java.home"), "bin", "jcmd"));
        int[] observerCounts = counts(args[2]);
        int decisions = Integer.parseInt(args[3]);
        int eventsPerSecond = Integer.parseInt(args[4]);
        int secretaries = Integer.parseInt(args[5]);
        int decisionsEach = Integer.parseInt(args[6]);
        // System properties rather than more arguments, so the argument list stays as it is.
        int baselinePort = Integer.parseInt(requiredProperty("bench.baseline.port"));
        ServerProcess baseline = new ServerProcess(Long.parseLong(requiredProperty("bench.baseline.pid")),
                server.jcmd());
        int pageLoads = Integer.getInteger("bench.pageLoads", 5);
        int[] pageViewerCounts = counts(System.getProperty("bench.pageViewers", ""));
        int[] vaadinUiCounts = counts(System.getProperty("bench.vaadinUis", ""));
        int voteMembers = Integer.getInteger("bench.voteMembers", 0);

        // First, while the server is fresh: the start scenario's page loads.
        if (pageLoads > 0) {
            System.out.println(PageLoadScenario.run(port, pageLoads).table());
        }

        Supplier<FanOutScenario> bare = () -> FanOutScenario.baseline(baselinePort, 2 * decisions);
        printFanOut(observerCounts, server, () -> FanOutScenario.plenum(port, 2 * decisions), "Plenum", baseline, bare,
                "Bare STOMP app", eventsPerSecond);
        // Issue 14: browsers on the public page, beside the same bare observers of the baseline.
        printFanOut(pageViewerCounts, server, () -> FanOutScenario.publicPage(port, 2 * decisions),
                "Plenum, public page viewers", baseline, bare, "Bare STOMP app, observers", eventsPerSecond);

        if (secretaries > 0) {
            long sessionsBefore = server.liveHeap().httpSessions();
            CommandScenario.Result commands = CommandScenario.run(port, server, secretaries, decisionsEach);
            long sessionsOpened = server.liveHeap().httpSessions() - sessionsBefore;
            System.out.println();
            System.out.println(commands.warmUp());
            System.out.println();
            System.out.println("| Secretaries | Decisions accepted | Decisions/s | Latency median / p99 / max "
                    + "| Server CPU per decision | Server cores busy (the JIT compiler's share) | HTTP sessions opened "
                    + "| Load (1 min) |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            System.out.printf("| %d | %d | %.0f | %s | %.1f ms | %.2f (JIT %.0f %%) | %d | %s |%n",
                    commands.secretaries(), commands.accepted(), commands.perSecond(), commands.latencyMillis(),
                    commands.cpuMillisPerDecision(), commands.serverCores(), 100 * commands.compilerShare(),
                    sessionsOpened, loadAverage());
        }

        if (vaadinUiCounts.length > 0) {
            System.out.println();
            VaadinBench.printTable(port, server, vaadinUiCounts);
        }

        if (voteMembers > 0) {
            System.out.println();
            VoteBench.printTables(port, server, voteMembers, Integer.getInteger("bench.voteObservers", 5000),
                    Integer.getInteger("bench.voteUis", 100));
        }
    }

    /** A table with a row for Plenum, one for the baseline and their ratios per crowd size; nothing for no sizes. */
    private static void printFanOut(int[] sizes, ServerProcess server, Supplier<FanOutScenario> plenum,
            String plenumLabel, ServerProcess baseline, Supplier<FanOutScenario> bare, String bareLabel,
            int eventsPerSecond) throws Exception {
        if (sizes.length == 0) {
            return;
        }
        System.out.println();
        System.out.println(FanOutRun.HEADER);
        for (int size : sizes) {
            FanOutRun plenumRun = FanOutRun.measure(server, plenum.get(), size, eventsPerSecond);
            System.out.println(plenumRun.row(plenumLabel));
            FanOutRun bareRun = FanOutRun.measure(baseline, bare.get(), size, eventsPerSecond);
            System.out.println(bareRun.row(bareLabel));
            System.out.println(plenumRun.ratioRow(plenumLabel + " ÷ bare", bareRun));
        }
    }

    /** "1000,5000" as numbers; none for "". */
    private static int[] counts(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).filter(count -> !count.isBlank())
                .mapToInt(Integer::parseInt).toArray();
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing -D" + name + " (bench/run.sh sets it)");
        }
        return value;
    }

    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
