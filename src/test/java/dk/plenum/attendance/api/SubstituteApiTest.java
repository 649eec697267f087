package dk.plenum.attendance.api;

import static dk.plenum.support.Api.json;
import static dk.plenum.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.PlenumTest;

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
    private ApiMeeting meeting;

    @BeforeEach
    void aRunningMeetingAtRoundTheTable() {
        api = new Api(port);
        long unique = System.nanoTime() % 1_000_000;
        meeting = ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "Stedfortrædermøde %d", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"},
                             {"name": "Pia Kjærgaard Holm", "role": "SUBSTITUTE"}],
                 "items": [{"number": 1, "title": "Bordet rundt", "kind": "ROUND_THE_TABLE", "visibility": "OPEN"},
                           {"number": 2, "title": "Grundsalg", "visibility": "CLOSED",
                            "sections": [{"heading": "Indstilling", "body": "%s"}]}]}
                """.formatted(unique, ImportedMeetings.nextStartsAt(), CLOSED_MARKER));
        assertThat(meeting.post("/start", "", SECRETARIAT).statusCode()).isEqualTo(200);
        assertThat(meeting.post("/current-item", "{\"itemId\": \"" + meeting.itemId(0) + "\"}", SECRETARIAT)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aSubstituteCannotSeatHerselfAndUnseatedSheIsThePublic() {
        assertThat(meeting.post("/attendance", attendance(THOMAS_INDEX, "PRESENT", null), THOMAS).statusCode())
                .isEqualTo(200);
        long before = meeting.lastSeq();

        assertRefused(meeting.post("/attendance", attendance(PIA_INDEX, "PRESENT", meeting.memberId(THOMAS_INDEX)),
                PIA), 403, "Only the secretariat can do this.");
        assertRefused(meeting.post("/attendance", attendance(PIA_INDEX, "PRESENT", meeting.memberId(KIRSTEN_INDEX)),
                PIA), 403, "Only the secretariat can do this.");
        assertRefused(meeting.post("/attendance", attendance(PIA_INDEX, "PRESENT", null), PIA), 403,
                "A substitute takes part only while the secretariat has seated her for an absent member.");
        assertRefused(meeting.post("/roundtable", "{\"text\": \"Nyt fra Pia\"}", PIA), 403,
                "A substitute takes part only while the secretariat has seated her for an absent member.");

        assertThat(meeting.lastSeq()).as("nothing was appended").isEqualTo(before);
        assertThat(api.get(meeting.path(""), PIA).body()).doesNotContain(CLOSED_MARKER);
        assertThat(api.get(meeting.path("/events?after=0"), PIA).body()).doesNotContain(CLOSED_MARKER);
        assertThat(json(api.get(meeting.path("/live"), PIA)).get("topic").stringValue()).doesNotEndWith("/full");
    }

    @Test
    void theSecretariatSeatsHerOnlyForAnAbsentMemberAndHerRightsEndWithTheSeat() {
        assertThat(meeting.post("/attendance", attendance(THOMAS_INDEX, "PRESENT", null), THOMAS).statusCode())
                .isEqualTo(200);
        assertRefused(meeting.post("/attendance", attendance(PIA_INDEX, "PRESENT", meeting.memberId(THOMAS_INDEX)),
                SECRETARIAT), 409, "Thomas Overgaard is present; a substitute stands in only for a member who is not.");

        assertThat(meeting.post("/attendance", attendance(THOMAS_INDEX, "LEFT", null), SECRETARIAT).statusCode())
                .isEqualTo(200);
        assertThat(meeting.post("/attendance", attendance(PIA_INDEX, "PRESENT", meeting.memberId(THOMAS_INDEX)),
                SECRETARIAT).statusCode()).isEqualTo(200);

        assertThat(api.get(meeting.path(""), PIA).body()).contains(CLOSED_MARKER);
        assertThat(api.get(meeting.path("/events?after=0"), PIA).body()).contains(CLOSED_MARKER);
        assertThat(json(api.get(meeting.path("/live"), PIA)).get("topic").stringValue()).endsWith("/full");
        assertThat(meeting.post("/roundtable", "{\"text\": \"Nyt fra Pia\"}", PIA).statusCode()).isEqualTo(200);
        JsonNode checkedIn = json(meeting.post("/attendance", attendance(PIA_INDEX, "PRESENT", null), PIA));
        assertThat(checkedIn.get("participants").get(PIA_INDEX).get("substituteFor").stringValue())
                .as("her own check-in keeps the seat the secretariat gave her")
                .isEqualTo(meeting.memberId(THOMAS_INDEX));

        assertThat(meeting.post("/attendance", attendance(THOMAS_INDEX, "PRESENT", null), SECRETARIAT).statusCode())
                .as("Thomas is back").isEqualTo(200);

        assertThat(api.get(meeting.path(""), PIA).body()).doesNotContain(CLOSED_MARKER);
        assertRefused(meeting.post("/roundtable", "{\"text\": \"Mere fra Pia\"}", PIA), 403,
                "A substitute takes part only while the secretariat has seated her for an absent member.");
    }

    private String attendance(int memberIndex, String status, String substituteFor) {
        return substituteFor == null
                ? "{\"memberId\": \"%s\", \"status\": \"%s\"}".formatted(meeting.memberId(memberIndex), status)
                : "{\"memberId\": \"%s\", \"status\": \"%s\", \"substituteFor\": \"%s\"}".formatted(
                        meeting.memberId(memberIndex), status, substituteFor);
    }
}
