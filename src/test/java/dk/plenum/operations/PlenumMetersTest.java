package dk.plenum.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ScriptedMeeting;
import examples.ObserverClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Plenum's own meters, read from the management port's Prometheus page as a scraper would, around a short scripted
 * meeting followed by STOMP observers of each audience and by the public live view: each is there and moved.
 * (That a slow consumer dropped moves {@code plenum_observers_dropped_total} is StalledObserversTest's.)
 */
@PlenumTest
class PlenumMetersTest extends SpringBrowserlessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Value("${local.management.port}")
    int managementPort;

    @Test
    void aScriptedMeetingMovesEveryPlenumMeter() {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 3);
        Prometheus before = Prometheus.scrape(managementPort);
        UI.getCurrent().navigate("meetings/" + meeting.id());
        List<ObserverClient> observers = List.of(observer(meeting, null), observer(meeting, "kirsten:demo"),
                observer(meeting, "sekretariat:demo"));
        try {
            Prometheus following = Prometheus.scrape(managementPort);
            assertThat(following.value("plenum_observers", "audience=\"public\"")).isGreaterThanOrEqualTo(1);
            assertThat(following.value("plenum_observers", "audience=\"member\"")).isGreaterThanOrEqualTo(1);
            assertThat(following.value("plenum_observers", "audience=\"secretariat\"")).isGreaterThanOrEqualTo(1);
            assertThat(following.value("plenum_ui_following")).isGreaterThanOrEqualTo(1);

            meeting.start();
            meeting.currentItem(0);
            long decided = meeting.decide(0);
            assertThat(new Api(port).post("/api/meetings/" + meeting.id() + "/start", "", ScriptedMeeting.SECRETARIAT)
                    .statusCode()).as("starting a running meeting again is refused").isEqualTo(409);
            await().atMost(PATIENCE).until(() -> observers.stream().allMatch(observer -> observer.lastSeq() >= decided));

            Prometheus after = Prometheus.scrape(managementPort);
            assertMoved(before, after, "plenum_commands_seconds_count", "type=\"MEETING_STARTED\"");
            assertMoved(before, after, "plenum_commands_seconds_count", "type=\"DECISION_RECORDED\"");
            assertMoved(before, after, "plenum_commands_seconds_sum", "type=\"DECISION_RECORDED\"");
            assertMoved(before, after, "plenum_commands_refused_total", "reason=\"conflict\"");
            assertMoved(before, after, "plenum_events_published_total", "type=\"CURRENT_ITEM_SET\"");
            assertMoved(before, after, "plenum_store_commit_seconds_count");
            assertMoved(before, after, "plenum_store_commit_seconds_bucket", "le=\"+Inf\"");
            assertMoved(before, after, "plenum_fanout_delay_seconds_count");
            assertMoved(before, after, "plenum_fanout_delay_seconds_bucket", "le=\"+Inf\"");
            assertThat(after.has("plenum_observers_dropped_total")).isTrue();
        } finally {
            observers.forEach(ObserverClient::close);
        }
        UI.getCurrent().navigate("");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Prometheus.scrape(managementPort)
                .value("plenum_observers", "audience=\"member\"")).as("observers that left are not counted")
                .isEqualTo(before.value("plenum_observers", "audience=\"member\"")));
        assertThat(Prometheus.scrape(managementPort).value("plenum_ui_following"))
                .as("a view that left its meeting no longer counts").isEqualTo(before.value("plenum_ui_following"));
    }

    private ObserverClient observer(ScriptedMeeting meeting, String credentials) {
        ObserverClient client = new ObserverClient(URI.create("http://localhost:" + port), meeting.id(), credentials,
                event -> { });
        client.start();
        await().atMost(PATIENCE).until(client::isFollowing);
        return client;
    }

    private static void assertMoved(Prometheus before, Prometheus after, String name, String... labels) {
        assertThat(after.value(name, labels)).as(name + " " + String.join(",", labels))
                .isGreaterThan(before.value(name, labels));
    }
}
