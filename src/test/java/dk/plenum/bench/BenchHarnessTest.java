package dk.plenum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.bench.baseline.BroadcastApp;
import dk.plenum.support.PlenumTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark's scenarios at a small size, so the harness cannot rot: only correctness is checked,
 * never timing, because the machine is shared. The full run is bench/run.sh (docs/benchmarks.md).
 */
@PlenumTest
class BenchHarnessTest {

    @LocalServerPort
    int port;

    @Test
    void fiftyObserversGetEveryEventOnce() throws Exception {
        assertFiftyObserversGetTwentyEventsOnce(FanOutScenario.plenum(port, 20));
    }

    /** Each viewer also GETs the page, the snapshot and the catch-up, and fails on any cookie: no session. */
    @Test
    void fiftyPublicPageViewersGetEveryEventOnce() throws Exception {
        assertFiftyObserversGetTwentyEventsOnce(FanOutScenario.publicPage(port, 20));
    }

    /** The baseline app runs in a Spring context of its own, beside Plenum's, on another random port. */
    @Test
    void fiftyObserversOfTheBaselineGetEveryEventOnce() throws Exception {
        try (ConfigurableApplicationContext baseline = BroadcastApp.start("--server.port=0")) {
            int baselinePort = baseline.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            assertFiftyObserversGetTwentyEventsOnce(FanOutScenario.baseline(baselinePort, 20));
        }
    }

    /** The Chromium tab beside the crowd needs the production bundle: {@link VaadinScenarioIT}. */
    @ParameterizedTest
    @EnumSource(VaadinScenario.View.class)
    void twentyVaadinUisShowEveryEventOnce(VaadinScenario.View view) throws Exception {
        try (VaadinScenario scenario = VaadinScenario.prepare(port, 3)) {
            scenario.open(view, 20);
            VaadinScenario.Result result = scenario.run(VaadinScenario.EVENTS_PER_SECOND);

            assertThat(result.failures()).isEmpty();
            assertThat(result.events()).isEqualTo(6);
            assertThat(result.shown().missing()).isZero();
            assertThat(result.duplicates()).isZero();
            assertThat(result.shown().delaysMillis()).hasSize(20 * 6);
        }
    }

    @Test
    void everyConcurrentDecisionIsAccepted() throws Exception {
        // The server is this JVM, which also runs the clients: the CPU figures mean nothing here, only that they work.
        ServerProcess thisJvm = new ServerProcess(ProcessHandle.current().pid(),
                Path.of(System.getProperty("java.home"), "bin", "jcmd"));
        CommandScenario.Result result = CommandScenario.run(port, thisJvm, 2, 20);

        assertThat(result.accepted()).isEqualTo(40);
        assertThat(result.latencyMillis().count()).isEqualTo(40);
        assertThat(result.cpuMillisPerDecision()).isPositive();
        // This JVM has compiled the test's code by now: the compiler threads are found and counted.
        ServerProcess.CpuTime cpu = thisJvm.cpuTime();
        assertThat(cpu.compilerMillis()).isPositive().isLessThan(cpu.totalMillis());
    }

    /** Five members each with a login of their own, 20 observers and 5 members' UIs: {@link VoteScenario}. */
    @Test
    void everyBallotIsCountedOnceAndTheResultReachesEveryFollowerOnce() throws Exception {
        try (VoteScenario scenario = VoteScenario.prepare(port, 5)) {
            scenario.follow(20, 5);
            VoteScenario.Result result = scenario.run();

            assertThat(result.refusals()).isEmpty();
            assertThat(result.accepted()).isEqualTo(5);
            // Members 0 and 3 for, 1 and 4 against, 2 abstains.
            assertThat(result.counted()).isEqualTo(new VoteScenario.Counted(2, 2, 1, true));
            // The meeting's 20 events before the vote, then its opening and close: not each ballot cast.
            assertThat(result.observers().events()).isEqualTo(22);
            assertFollowersGotTheResultOnce(result.observers(), 20);
            assertFollowersGotTheResultOnce(result.uis(), 5);
            assertThat(result.uis().failures()).isEmpty();
        }
    }

    private static void assertFollowersGotTheResultOnce(VoteScenario.Followers followers, int count) {
        assertThat(followers.count()).isEqualTo(count);
        assertThat(followers.lost()).isZero();
        assertThat(followers.duplicates()).isZero();
        assertThat(followers.withoutResult()).isZero();
        assertThat(followers.resultAfterAnswerMillis().count()).isEqualTo(count);
    }

    private static void assertFiftyObserversGetTwentyEventsOnce(FanOutScenario scenario) throws Exception {
        try (scenario) {
            scenario.subscribe(50);
            FanOutScenario.Result result = scenario.run(25);

            assertThat(result.events()).isEqualTo(20);
            assertThat(result.missing()).isZero();
            assertThat(result.duplicates()).isZero();
            assertThat(result.delayMillis().count()).isEqualTo(50 * 20);
        }
    }
}
