package dk.plenum.attendance.api;

import static dk.plenum.support.Api.json;
import static dk.plenum.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A member's apology with a reason (read by the secretariat and the member, never by other members or the public), its
 * undo before the start, and leaving early: announced for a time or after an item, or now, which records the
 * departure as the secretariat's "left" does, so the next decision lists the member as absent.
 */
@PlenumTest
class AttendanceNotesApiTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final String KIRSTEN = "kirsten";
    private static final String THOMAS = "thomas";
    private static final String REASON = "Til lægen, AFBUD-GRUND-7731";
    private static final int KIRSTEN_INDEX = 1;
    private static final int THOMAS_INDEX = 2;

    @LocalServerPort
    int port;

    private Api api;
    private ApiMeeting meeting;

    @BeforeEach
    void aComingMeeting() {
        api = new Api(port);
        long unique = System.nanoTime() % 1_000_000;
        meeting = ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "Afbudsmøde %d", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Erhvervsstrategi", "visibility": "OPEN"},
                           {"number": 2, "title": "Eventuelt", "visibility": "OPEN"}]}
                """.formatted(unique, ImportedMeetings.nextStartsAt()));
    }

    @Test
    void anApologysReasonIsReadByTheSecretariatAndItsAuthorOnlyAndCanBeTakenBackBeforeTheStart() {
        JsonNode sent = json(meeting.post("/attendance", attendance(THOMAS_INDEX, "APOLOGY", REASON), THOMAS));
        assertThat(sent.get("participants").get(THOMAS_INDEX).get("apologyReason").stringValue()).isEqualTo(REASON);

        assertThat(api.get(meeting.path(""), SECRETARIAT).body()).contains(REASON);
        assertThat(api.get(meeting.path("/events?after=0"), SECRETARIAT).body()).contains(REASON);
        assertThat(api.get(meeting.path(""), THOMAS).body()).contains(REASON);
        for (String reader : new String[] {KIRSTEN, null}) {
            assertThat(api.get(meeting.path(""), reader).body()).as(String.valueOf(reader)).doesNotContain(REASON)
                    .contains("APOLOGY");
            assertThat(api.get(meeting.path("/events?after=0"), reader).body()).as(String.valueOf(reader))
                    .doesNotContain(REASON);
        }
        assertThat(meeting.post("/attendance", attendance(KIRSTEN_INDEX, "PRESENT", null), KIRSTEN).body())
                .as("another member's answer to their own command").doesNotContain(REASON);

        JsonNode takenBack = json(meeting.post("/attendance", attendance(THOMAS_INDEX, "EXPECTED", null), THOMAS));
        JsonNode thomas = takenBack.get("participants").get(THOMAS_INDEX);
        assertThat(thomas.get("attendance").stringValue()).isEqualTo("EXPECTED");
        assertThat(thomas.get("apologyReason").isNull()).isTrue();
        assertRefused(meeting.post("/attendance", attendance(THOMAS_INDEX, "EXPECTED", null), THOMAS), 409,
                "There is no apology to take back.");

        assertThat(meeting.post("/attendance", attendance(THOMAS_INDEX, "APOLOGY", null), THOMAS).statusCode())
                .isEqualTo(200);
        assertThat(meeting.post("/start", "", SECRETARIAT).statusCode()).isEqualTo(200);
        assertRefused(meeting.post("/attendance", attendance(THOMAS_INDEX, "EXPECTED", null), THOMAS), 409,
                "The meeting has started: check in instead.");
    }

    @Test
    void badAttendanceNotesAreRefusedAndStoreNothing() {
        long before = meeting.lastSeq();

        assertRefused(meeting.post("/attendance", attendance(THOMAS_INDEX, "APOLOGY", "x".repeat(501)), THOMAS), 400,
                "The reason must be at most 500 characters.");
        assertRefused(meeting.post("/attendance", attendance(THOMAS_INDEX, "PRESENT", REASON), THOMAS), 400,
                "Only an apology can have a reason.");
        assertRefused(meeting.post("/attendance", attendance(THOMAS_INDEX, "LEFT", null), THOMAS), 409,
                "You can leave only a meeting in session at which you are present.");
        assertRefused(meeting.post("/attendance/departure", departure(THOMAS_INDEX, "2031-01-01T12:00:00Z", null),
                THOMAS), 409, "Only a member who is present can say when they leave.");
        assertRefused(meeting.post("/attendance/departure", departure(THOMAS_INDEX, "2031-01-01T12:00:00Z",
                meeting.itemId(0)), THOMAS), 400, "Give either a time or an item after which you leave, not both.");
        assertRefused(meeting.post("/attendance/departure", departure(KIRSTEN_INDEX, null, meeting.itemId(0)),
                THOMAS), 403, "Only members summoned to this meeting can do this.");

        assertThat(meeting.lastSeq()).as("nothing was appended").isEqualTo(before);
    }

    @Test
    void aMemberAnnouncesLeavingEarlyThenLeavesAndTheNextDecisionListsThemAbsent() {
        assertThat(meeting.post("/attendance", attendance(KIRSTEN_INDEX, "PRESENT", null), KIRSTEN).statusCode())
                .isEqualTo(200);
        assertThat(meeting.post("/start", "", SECRETARIAT).statusCode()).isEqualTo(200);

        JsonNode announced = json(meeting.post("/attendance/departure",
                departure(KIRSTEN_INDEX, null, meeting.itemId(0)), KIRSTEN));
        assertThat(announced.get("participants").get(KIRSTEN_INDEX).get("plannedDeparture").get("afterItemId")
                .stringValue()).isEqualTo(meeting.itemId(0));
        assertThat(json(api.get(meeting.path(""), null)).get("participants").get(KIRSTEN_INDEX)
                .get("plannedDeparture").isNull()).as("not the public's").isTrue();
        assertThat(json(api.get(meeting.path(""), THOMAS)).get("participants").get(KIRSTEN_INDEX)
                .get("plannedDeparture").isNull()).as("the members'").isFalse();

        JsonNode left = json(meeting.post("/attendance", attendance(KIRSTEN_INDEX, "LEFT", null), KIRSTEN));
        assertThat(left.get("participants").get(KIRSTEN_INDEX).get("attendance").stringValue()).isEqualTo("LEFT");
        assertThat(left.get("participants").get(KIRSTEN_INDEX).get("plannedDeparture").isNull()).isTrue();

        JsonNode decided = json(meeting.post("/items/" + meeting.itemId(1) + "/decision",
                "{\"outcome\": \"NOTED\", \"text\": \"Intet.\"}", SECRETARIAT));
        assertThat(decided.get("items").get(1).get("decision").get("absentMemberIds").toString())
                .contains(meeting.memberId(KIRSTEN_INDEX));
    }

    private String attendance(int memberIndex, String status, String reason) {
        return reason == null
                ? "{\"memberId\": \"%s\", \"status\": \"%s\"}".formatted(meeting.memberId(memberIndex), status)
                : "{\"memberId\": \"%s\", \"status\": \"%s\", \"reason\": \"%s\"}".formatted(
                        meeting.memberId(memberIndex), status, reason);
    }

    private String departure(int memberIndex, String at, String afterItemId) {
        return "{\"memberId\": \"%s\", \"at\": %s, \"afterItemId\": %s}".formatted(meeting.memberId(memberIndex),
                at == null ? "null" : "\"" + at + "\"", afterItemId == null ? "null" : "\"" + afterItemId + "\"");
    }
}
