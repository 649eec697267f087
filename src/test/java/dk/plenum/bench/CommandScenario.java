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
 * The same number of decisions is made untimed first, in rounds until the server's JIT compiler has settled
 * ({@link WarmUp}): a freshly started server spends a third of its CPU compiling for the first minute of this
 * load, and still a fifth in the second; a server in use for a meeting has long done that.
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
        String warmUp = WarmUp.untilTheCompilerSettles(server, "%d decisions by each secretary".formatted(
                decisionsEach), () -> allDecide(meetings, decisionsEach));
        ServerProcess.CpuTime cpuBefore = server.cpuTime();
        long started = System.nanoTime();
        List<Future<double[]>> running = allDecide(meetings, decisionsEach);
        double seconds = (System.nanoTime() - started) / 1e9;
        ServerProcess.CpuTime cpu = server.cpuTime().since(cpuBefore);
        long cpuMillis = cpu.totalMillis();
        double[] latencies = new double[secretaries * decisionsEach];
        int next = 0;
        for (Future<double[]> secretary : running) {
            for (double latency : secretary.get()) {
                latencies[next++] = latency;
            }
        }
        return new Result(warmUp, secretaries, latencies.length, latencies.length / seconds, Percentiles.of(latencies),
                (double) cpuMillis / latencies.length, cpuMillis / 1000.0 / seconds, cpu.compilerShare());
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
     * @param warmUp               what was done untimed before ({@link WarmUp})
     * @param cpuMillisPerDecision the server's CPU time (user + system) while the decisions ran, per decision
     * @param serverCores          the same CPU time per second of the run: how many cores the server kept busy
     * @param compilerShare        the JIT compiler's part of that CPU time
     */
    record Result(String warmUp, int secretaries, int accepted, double perSecond, Percentiles latencyMillis,
            double cpuMillisPerDecision, double serverCores, double compilerShare) {
    }
}
