package dk.plenum.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Health, readiness and info answer on the management port only; the app's own port has no {@code /actuator}.
 * Readiness comes after start-up has loaded the demo: its accounts, its meetings, and what is added to them when
 * the application is ready (the Bilag PDFs, the coming meeting).
 */
@PlenumTest
class ManagementEndpointsTest {

    @LocalServerPort
    int port;

    @Value("${local.management.port}")
    int managementPort;

    @Autowired
    ApplicationAvailability availability;

    @Autowired
    ApplicationContext context;

    @Test
    void theAppsOwnPortHasNoActuator() {
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/health/readiness",
                "/actuator/prometheus", "/actuator/info"}) {
            assertThat(Prometheus.get(port, path).statusCode()).as(path).isIn(401, 404);
        }
        assertThat(managementPort).isNotEqualTo(port);
    }

    @Test
    void livenessAndReadinessAreUpWithTheStoreAnswering() {
        assertThat(Prometheus.get(managementPort, "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        String readiness = Prometheus.get(managementPort, "/actuator/health/readiness").body();
        assertThat(readiness).contains("\"status\":\"UP\"", "\"readinessState\"", "\"mongo\"");
        assertThat(readiness).doesNotContain("DOWN", "OUT_OF_SERVICE");
    }

    @Test
    void infoNamesTheCommitItWasBuiltFrom() {
        String info = Prometheus.get(managementPort, "/actuator/info").body();
        assertThat(info).contains("\"git\"", "\"commit\"", "\"build\"", "\"version\":\"0.1.0-SNAPSHOT\"");
    }

    @Test
    void readinessCameOnlyAfterTheDemoDataAndAccountsWereLoaded() {
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(ReadinessWitness.of(context)).as("noted when the application became ready")
                .hasValue(new ReadinessWitness.AtReadiness(true, true, 3, true));
    }
}
