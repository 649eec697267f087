package dk.plenum.bench;

import dk.plenum.support.Api;
import dk.plenum.support.ScriptedMeeting;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scenario 2: secretaries, each on a meeting of their own, record decisions as fast as the server
 * accepts them (amending the same ten items over and over), all at the same time. Each decision carries an
 * {@code Idempotency-Key}, as a client that retries lost answers sends it ({@link ScriptedMeeting}).
 * <p>
 * The same number of decisions is made untimed first: a freshly started server spends a third of its CPU
 * compiling (JIT) for the first minute of this load, and a server in use for a meeting has long done that.
 */
final class CommandScenario {

    private static final int ITEMS = 10;

    private CommandScenario() {
    }

    /** {@code server}: the process whose CPU time the decisions cost (not the meetings' import and start). */
    static Result run(int port, ServerProcess server, int secretaries, int decisionsEach) throws Exception {
        List<ScriptedMeeting> meetings = new ArrayList<>();
        for (int i = 0; i < secretaries; i++) {
            ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", ITEMS);
            meeting.start();
            meetings.add(meeting);
        }
        allDecide(meetings, decisionsEach);
        long cpuBefore = server.cpuMillis();
        long started = System.nanoTime();
        List<Future<double[]>> running = allDecide(meetings, decisionsEach);
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpuMillis = server.cpuMillis() - cpuBefore;
        double[] latencies = new double[secretaries * decisionsEach];
        int next = 0;
        for (Future<double[]> secretary : running) {
            for (double latency : secretary.get()) {
                latencies[next++] = latency;
            }
        }
        return new Result(secretaries, latencies.length, latencies.length / seconds, Percentiles.of(latencies),
                (double) cpuMillis / latencies.length, cpuMillis / 1000.0 / seconds);
    }

    /** Each secretary records {@code decisions} decisions on their meeting, all at once; returns when all are done. */
    private static List<Future<double[]>> allDecide(List<ScriptedMeeting> meetings, int decisions) {
        List<Future<double[]>> running = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(meetings.size())) {
            for (ScriptedMeeting meeting : meetings) {
                running.add(threads.submit(() -> decide(meeting, decisions)));
            }
        }
        return running;
    }

    /** Every decision must be accepted ({@link ScriptedMeeting} checks the 200); returns latencies in ms. */
    private static double[] decide(ScriptedMeeting meeting, int decisions) {
        double[] latencies = new double[decisions];
        for (int i = 0; i < decisions; i++) {
            long sent = System.nanoTime();
            meeting.decide(i % ITEMS);
            latencies[i] = (System.nanoTime() - sent) / 1e6;
        }
        return latencies;
    }

    /**
     * @param cpuMillisPerDecision the server's CPU time (user + system) while the decisions ran, per decision
     * @param serverCores          the same CPU time per second of the run: how many cores the server kept busy
     */
    record Result(int secretaries, int accepted, double perSecond, Percentiles latencyMillis,
            double cpuMillisPerDecision, double serverCores) {
    }
}
