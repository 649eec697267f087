package dk.plenum.attendance.api;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A substitute (Pia) acts as a member (reads closed items, posts, checks in) only while the secretariat
 * has her seated for a member who is not present, and can never seat herself.
 */
@PlenumTest
class SubstituteApiTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final String PIA = "pia";
    private static final String THOMAS = "thomas";
    private static final String CLOSED_MARKER = "STEDFORTRAEDER-LUKKET-3318";
    /** Places in the meeting's participants, as imported. */
    private static final int KIRSTEN_INDEX = 1;
    private static final int THOMAS_INDEX = 2;
    private static final int PIA_INDEX = 3;

    @LocalServerPort
    int port;

    private Api api;
    private String meetingId;
    private JsonNode meeting;

    @BeforeEach
    void aRunningMeetingAtRoundTheTable() {
        api = new Api(port);
        long unique = System.nanoTime() % 1_000_000;
        HttpResponse<String> created = api.post("/api/meetings/import", """
                {"council": "Erhvervsrådet", "title": "Stedfortrædermøde %d", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"},
                             {"name": "Pia Kjærgaard Holm", "role": "SUBSTITUTE"}],
                 "items": [{"number": 1, "title": "Bordet rundt", "kind": "ROUND_THE_TABLE", "visibility": "OPEN"},
                           {"number": 2, "title": "Grundsalg", "visibility": "CLOSED",
                            "sections": [{"heading": "Indstilling", "body": "%s"}]}]}
                """.formatted(unique, ImportedMeetings.nextStartsAt(), CLOSED_MARKER),
                SECRETARIAT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        meeting = json(created);
        meetingId = meeting.get("id").stringValue();
        assertThat(post("/start", "", SECRETARIAT).statusCode()).isEqualTo(200);
        assertThat(post("/current-item", "{\"itemId\": \"" + item(0) + "\"}", SECRETARIAT).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aSubstituteCannotSeatHerselfAndUnseatedSheIsThePublic() {
        assertThat(post("/attendance", attendance(THOMAS_INDEX, "PRESENT", null), THOMAS).statusCode()).isEqualTo(200);
        long before = lastSeq();

        assertRefused(post("/attendance", attendance(PIA_INDEX, "PRESENT", member(THOMAS_INDEX)), PIA), 403,
                "Only the secretariat can do this.");
        assertRefused(post("/attendance", attendance(PIA_INDEX, "PRESENT", member(KIRSTEN_INDEX)), PIA), 403,
                "Only the secretariat can do this.");
        assertRefused(post("/attendance", attendance(PIA_INDEX, "PRESENT", null), PIA), 403,
                "A substitute takes part only while the secretariat has seated her for an absent member.");
        assertRefused(post("/roundtable", "{\"text\": \"Nyt fra Pia\"}", PIA), 403,
                "A substitute takes part only while the secretariat has seated her for an absent member.");

        assertThat(lastSeq()).as("nothing was appended").isEqualTo(before);
        assertThat(api.get(path(""), PIA).body()).doesNotContain(CLOSED_MARKER);
        assertThat(api.get(path("/events?after=0"), PIA).body()).doesNotContain(CLOSED_MARKER);
        assertThat(json(api.get(path("/live"), PIA)).get("topic").stringValue()).doesNotEndWith("/full");
    }

    @Test
    void theSecretariatSeatsHerOnlyForAnAbsentMemberAndHerRightsEndWithTheSeat() {
        assertThat(post("/attendance", attendance(THOMAS_INDEX, "PRESENT", null), THOMAS).statusCode()).isEqualTo(200);
        assertRefused(post("/attendance", attendance(PIA_INDEX, "PRESENT", member(THOMAS_INDEX)), SECRETARIAT), 409,
                "Thomas Overgaard is present; a substitute stands in only for a member who is not.");

        assertThat(post("/attendance", attendance(THOMAS_INDEX, "LEFT", null), SECRETARIAT).statusCode())
                .isEqualTo(200);
        assertThat(post("/attendance", attendance(PIA_INDEX, "PRESENT", member(THOMAS_INDEX)), SECRETARIAT)
                .statusCode()).isEqualTo(200);

        assertThat(api.get(path(""), PIA).body()).contains(CLOSED_MARKER);
        assertThat(api.get(path("/events?after=0"), PIA).body()).contains(CLOSED_MARKER);
        assertThat(json(api.get(path("/live"), PIA)).get("topic").stringValue()).endsWith("/full");
        assertThat(post("/roundtable", "{\"text\": \"Nyt fra Pia\"}", PIA).statusCode()).isEqualTo(200);
        JsonNode checkedIn = json(post("/attendance", attendance(PIA_INDEX, "PRESENT", null), PIA));
        assertThat(checkedIn.get("participants").get(PIA_INDEX).get("substituteFor").stringValue())
                .as("her own check-in keeps the seat the secretariat gave her").isEqualTo(member(THOMAS_INDEX));

        assertThat(post("/attendance", attendance(THOMAS_INDEX, "PRESENT", null), SECRETARIAT).statusCode())
                .as("Thomas is back").isEqualTo(200);

        assertThat(api.get(path(""), PIA).body()).doesNotContain(CLOSED_MARKER);
        assertRefused(post("/roundtable", "{\"text\": \"Mere fra Pia\"}", PIA), 403,
                "A substitute takes part only while the secretariat has seated her for an absent member.");
    }

    private HttpResponse<String> post(String suffix, String body, String user) {
        return api.post(path(suffix), body, user);
    }

    private String path(String suffix) {
        return "/api/meetings/" + meetingId + suffix;
    }

    private long lastSeq() {
        return json(api.get(path(""), SECRETARIAT)).get("lastSeq").asLong();
    }

    private String item(int index) {
        return meeting.get("items").get(index).get("id").stringValue();
    }

    private String member(int index) {
        return meeting.get("participants").get(index).get("memberId").stringValue();
    }

    private String attendance(int memberIndex, String status, String substituteFor) {
        return substituteFor == null
                ? "{\"memberId\": \"%s\", \"status\": \"%s\"}".formatted(member(memberIndex), status)
                : "{\"memberId\": \"%s\", \"status\": \"%s\", \"substituteFor\": \"%s\"}".formatted(member(memberIndex),
                        status, substituteFor);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("detail").stringValue()).isEqualTo(detail);
    }
}
