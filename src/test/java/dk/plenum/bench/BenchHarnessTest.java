package dk.plenum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.bench.baseline.BroadcastApp;
import dk.plenum.support.PlenumTest;
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
        CommandScenario.Result result = CommandScenario.run(port, 2, 20);

        assertThat(result.accepted()).isEqualTo(40);
        assertThat(result.latencyMillis().count()).isEqualTo(40);
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
