package dk.plenum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Browser;
import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Vaadin scenario's Chromium tab at a small size (a browser test, so it sees the production bundle):
 * the tab sees every event the protocol-level crowd sees. Only correctness, never timing.
 */
@PlenumTest
class VaadinScenarioIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aChromiumTabBesideTheCrowdSeesEveryEvent() throws Exception {
        try (VaadinScenario scenario = VaadinScenario.prepare(port, 3)) {
            scenario.watchInChromium(browser.newPage());
            scenario.open(VaadinScenario.View.OBSERVER, 5);
            VaadinScenario.Result result = scenario.run(VaadinScenario.EVENTS_PER_SECOND);

            assertThat(result.failures()).isEmpty();
            assertThat(result.shown().missing()).isZero();
            assertThat(result.duplicates()).isZero();
            assertThat(result.chromium().missing()).isZero();
            assertThat(result.chromium().delaysMillis()).hasSize(result.events());
        }
    }
}
