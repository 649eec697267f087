package dk.plenum.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.plenum.PlenumApplication;
import dk.plenum.support.Api;
import dk.plenum.support.AppProcess;
import dk.plenum.support.ScriptedMeeting;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two instances on one store, started as {@code live.CrossInstanceLiveTest} starts them: instance A in this JVM
 * hosts the embedded store, instance B in a JVM of its own uses it as an external MongoDB. A meeting imported and
 * a decision recorded on A are found by search on B, whose index hears of them only through its change stream.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SearchAcrossInstancesTest {

    @TempDir
    Path directory;

    /** As in CrossInstanceLiveTest: the application started here replaces Spring Security's JVM-wide strategy. */
    private final SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void giveTheSharedApplicationItsSecurityContextBack() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @Test
    void aDecisionRecordedOnOneInstanceIsFoundBySearchOnAnother() throws Exception {
        int storePort = AppProcess.freePort();
        int portB = AppProcess.freePort();
        Path logB = directory.resolve("instance-b.log");
        try (ConfigurableApplicationContext instanceA = new SpringApplicationBuilder(PlenumApplication.class).run(
                "--server.port=0", "--plenum.store.port=" + storePort, "--plenum.store.oplog=true",
                "--plenum.store.data-dir=" + directory.resolve("store"));
             AppProcess instanceB = AppProcess.launchMain(PlenumApplication.class, logB, "--server.port=" + portB,
                     "--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/plenum")) {
            int portA = instanceA.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            Api onB = new Api(portB);
            await("instance B answering, see " + logB).atMost(AppProcess.START_PATIENCE)
                    .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> onB.get("/api/meetings", "lasse").statusCode() == 200);
            String word = "tvaerinstans" + UUID.randomUUID().toString().replace("-", "");

            ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(portA), "Erhvervsrådet", 2);
            meeting.start();
            meeting.decide(0, "Godkendt med " + word);
            long decided = System.nanoTime();

            await("the decision found by search on B").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> search(onB, word).contains(meeting.id()));
            System.out.printf("Search on B found the decision recorded on A after %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - decided));
            assertThat(search(onB, meeting.closedMarker())).as("the public on B, closed content").isEqualTo("[]");
        }
    }

    private static String search(Api api, String query) {
        HttpResponse<String> answer = api.get("/api/search?q=" + query, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }
}
