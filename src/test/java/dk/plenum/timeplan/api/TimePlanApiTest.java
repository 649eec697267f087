package dk.plenum.timeplan.api;

import static dk.plenum.support.Problems.assertProblem;
import static dk.plenum.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Planned durations come with the import and are edited by the secretariat; the public sees a closed item's
 * duration (its expected time) without its hidden title.
 */
@PlenumTest
class TimePlanApiTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final String KIRSTEN = "kirsten";
    private static final String HIDDEN_TITLE = "SKJULT-TITEL-7731";

    @LocalServerPort
    int port;

    @Test
    void durationsAreImportedEditedAndShownToThePublicWithoutAHiddenTitle() {
        Api api = new Api(port);
        ApiMeeting meeting = ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "Tidsplanmøde %d", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Velkomst", "visibility": "OPEN", "plannedMinutes": 10},
                           {"number": 2, "title": "%s", "visibility": "CLOSED", "hideTitle": true,
                            "plannedMinutes": 25},
                           {"number": 3, "title": "Eventuelt", "visibility": "OPEN"}]}
                """.formatted(System.nanoTime() % 1_000_000, ImportedMeetings.nextStartsAt(), HIDDEN_TITLE));
        assertThat(meeting.imported().get("items").get(1).get("plannedMinutes").asInt()).isEqualTo(25);
        assertThat(meeting.imported().get("items").get(2).get("plannedMinutes").isNull()).isTrue();

        String third = meeting.path("/items/" + meeting.itemId(2) + "/time-plan");
        JsonNode planned = Api.json(ok(api.command("PUT", third, "{\"plannedMinutes\": 15}", SECRETARIAT, "plan-1")));
        assertThat(planned.get("items").get(2).get("plannedMinutes").asInt()).isEqualTo(15);

        long before = meeting.lastSeq();
        assertRefused(api.put(third, "{\"plannedMinutes\": 0}", SECRETARIAT), 400,
                "A planned duration is a whole number of minutes from 1 to 480.");
        assertRefused(api.put(third, "{\"plannedMinutes\": 481}", SECRETARIAT), 400,
                "A planned duration is a whole number of minutes from 1 to 480.");
        assertRefused(api.put(third, "{\"plannedMinutes\": 20}", KIRSTEN), 403, "Only the secretariat can do this.");
        assertProblem(api.put(third, "{\"plannedMinutes\": \"lang\"}", SECRETARIAT), 400);
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        JsonNode forThePublic = Api.json(api.get(meeting.path("/live"), null)).get("meeting").get("items").get(1);
        assertThat(forThePublic.get("plannedMinutes").asInt()).isEqualTo(25);
        assertThat(forThePublic.get("title").isNull()).isTrue();
        assertThat(api.get(meeting.path("/events?after=0"), null).body()).doesNotContain(HIDDEN_TITLE)
                .contains("ITEM_TIME_PLANNED");
    }

    @Test
    void anImportWithABadDurationIsRefusedWhole() {
        Api api = new Api(port);
        HttpResponse<String> refused = api.post("/api/meetings/import", """
                {"council": "Erhvervsrådet", "title": "Forkert tidsplan", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Velkomst", "visibility": "OPEN", "plannedMinutes": 1.5}]}
                """.formatted(ImportedMeetings.nextStartsAt()), SECRETARIAT);
        assertProblem(refused, 400);
        assertThat(refused.body()).contains("items[0].plannedMinutes")
                .contains("must be a whole number of minutes from 1 to 480");
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
