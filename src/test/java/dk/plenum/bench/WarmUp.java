package dk.plenum.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Untimed rounds of a scenario before its timed run, until the server's JIT compiler has settled: a server that has
 * been up through a meeting's preparation has long compiled its hot code, and a freshly started one spends a large
 * share of its CPU doing so. After one round of 5,000 decisions the compiler still took 19–29 % of the server's CPU
 * through the next one (async-profiler, 2026-12-01); after one round of 100 UIs of each view, 22 % of it during the
 * 500 members' script (2026-11-30).
 */
final class WarmUp {

    /** Rounds go on until the compiler takes less than this share of the server's CPU in one... */
    static final double SETTLED_COMPILER_SHARE = 0.05;
    /** ...or there have been this many. */
    static final int MAX_ROUNDS = 6;

    /** One untimed round of the scenario. */
    interface Round {
        void run() throws Exception;
    }

    private WarmUp() {
    }

    /** Runs {@code round} until the compiler has settled; says how many rounds and the compiler's share in each. */
    static String untilTheCompilerSettles(ServerProcess server, String roundDescription, Round round) throws Exception {
        List<String> compilerShares = new ArrayList<>();
        double compilerShare = 1;
        while (compilerShare >= SETTLED_COMPILER_SHARE && compilerShares.size() < MAX_ROUNDS) {
            ServerProcess.CpuTime before = server.cpuTime();
            round.run();
            compilerShare = server.cpuTime().since(before).compilerShare();
            compilerShares.add("%.0f %%".formatted(100 * compilerShare));
        }
        return ("Warm-up: %d rounds of %s, until the JIT compiler took under %.0f %% of the server's CPU in a round "
                + "(at most %d); its share in each: %s.").formatted(compilerShares.size(), roundDescription,
                100 * SETTLED_COMPILER_SHARE, MAX_ROUNDS, String.join(", ", compilerShares));
    }
}
