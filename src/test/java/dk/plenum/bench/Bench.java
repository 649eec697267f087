package dk.plenum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * The load process of bench/run.sh: runs the scenarios against a Plenum server that runs in another JVM
 * and prints one Markdown table row per run.
 *
 * <pre>Bench PORT SERVER_PID OBSERVER_COUNTS(1000,5000,10000; "" for none) DECISIONS EVENTS_PER_SECOND SECRETARIES DECISIONS_EACH</pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        ServerProcess server = new ServerProcess(Long.parseLong(args[1]),
                Path.of(System.getProperty("java.home"), "bin", "jcmd"));
        int[] observerCounts = Arrays.stream(args[2].split(",")).filter(count -> !count.isBlank())
                .mapToInt(Integer::parseInt).toArray();
        int decisions = Integer.parseInt(args[3]);
        int eventsPerSecond = Integer.parseInt(args[4]);
        int secretaries = Integer.parseInt(args[5]);
        int decisionsEach = Integer.parseInt(args[6]);

        if (observerCounts.length > 0) {
            System.out.println("| Observers | Events | Lost | Duplicated | Delay median / p99 / max | "
                    + "Live heap per observer | Server CPU during the script | Load (1 min) |");
            System.out.println("|---|---|---|---|---|---|---|---|");
        }
        for (int observers : observerCounts) {
            try (FanOutScenario scenario = FanOutScenario.prepare(port, decisions)) {
                long heapBefore = server.liveHeapBytes();
                scenario.subscribe(observers);
                long heapPerObserver = (server.liveHeapBytes() - heapBefore) / observers;
                long cpuBefore = server.cpuMillis();
                long started = System.nanoTime();
                FanOutScenario.Result result = scenario.run(eventsPerSecond);
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpuShare = (server.cpuMillis() - cpuBefore) / 1000.0 / seconds;
                System.out.printf("| %,d | %d | %d | %d | %s | %.1f KB | %.2f cores over %.1f s | %s |%n",
                        result.observers(), result.events(), result.missing(), result.duplicates(),
                        result.delayMillis(), heapPerObserver / 1024.0, cpuShare, seconds, loadAverage());
            }
            Thread.sleep(Duration.ofSeconds(5)); // let the server close the previous crowd's sockets
        }

        CommandScenario.Result commands = CommandScenario.run(port, secretaries, decisionsEach);
        System.out.println();
        System.out.println("| Secretaries | Decisions accepted | Decisions/s | Latency median / p99 / max | Load (1 min) |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf("| %d | %d | %.0f | %s | %s |%n", commands.secretaries(), commands.accepted(),
                commands.perSecond(), commands.latencyMillis(), loadAverage());
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
