package dk.plenum.proceedings.api;

import static dk.plenum.support.Api.json;
import static dk.plenum.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.PlenumTest;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A meeting run entirely over the HTTP API by the secretariat and two demo members, with every rule
 * about who may do what and when, and bad input that must change nothing.
 */
@PlenumTest
class MeetingCommandsApiTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final String KIRSTEN = "kirsten";
    private static final String THOMAS = "thomas";
    private static final String CLOSED_MARKER = "INTERN-7731";
    private static final String DISSENT_MARKER = "MINDRETAL-5520";

    @LocalServerPort
    int port;

    private Api api;
    private ApiMeeting meeting;

    @BeforeEach
    void importAMeetingOfTheDemoCouncil() {
        api = new Api(port);
        long unique = System.nanoTime() % 1_000_000;
        meeting = ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "Testmøde %d", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"},
                             {"name": "Pia Kjærgaard Holm", "role": "SUBSTITUTE"}],
                 "items": [{"number": 1, "title": "Godkendelse af dagsorden", "visibility": "OPEN"},
                           {"number": 2, "title": "Bordet rundt", "kind": "ROUND_THE_TABLE", "visibility": "OPEN"},
                           {"number": 3, "title": "Grundsalg", "visibility": "CLOSED",
                            "sections": [{"heading": "Indstilling", "body": "%s"}]}]}
                """.formatted(unique, ImportedMeetings.nextStartsAt(), CLOSED_MARKER));
    }

    @Test
    void theSecretariatRunsTheMeetingAndDecisionsRecordWhoWasAbsent() {
        assertRefused(meeting.post("/items/" + meeting.itemId(0) + "/decision", decision("APPROVED", "Godkendt."),
                SECRETARIAT), 409, "The meeting has not started yet.");

        assertThat(json(meeting.post("/start", "", SECRETARIAT)).get("status").stringValue()).isEqualTo("LIVE");
        assertThat(meeting.post("/attendance", attendance(meeting.memberId(1), "PRESENT"), KIRSTEN).statusCode())
                .isEqualTo(200);
        assertThat(meeting.post("/attendance", attendance(meeting.memberId(0), "PRESENT"), SECRETARIAT).statusCode())
                .isEqualTo(200);
        assertThat(json(meeting.post("/current-item", "{\"itemId\": \"" + meeting.itemId(0) + "\"}", SECRETARIAT))
                .get("currentItemId").stringValue()).isEqualTo(meeting.itemId(0));

        JsonNode decided = json(meeting.post("/items/" + meeting.itemId(0) + "/decision",
                decision("APPROVED", "Godkendt."), SECRETARIAT));

        JsonNode recorded = decided.get("items").get(0).get("decision");
        assertThat(recorded.get("outcome").stringValue()).isEqualTo("APPROVED");
        assertThat(recorded.get("text").stringValue()).isEqualTo("Godkendt.");
        assertThat(recorded.get("absentMemberIds").values()).extracting(JsonNode::stringValue)
                .as("Thomas had not checked in").containsExactly(meeting.memberId(2));
        assertThat(recorded.get("revision").asInt()).isEqualTo(1);

        JsonNode amended = json(meeting.post("/items/" + meeting.itemId(0) + "/decision",
                decision("APPROVED", "Godkendt med rettelse."), SECRETARIAT)).get("items").get(0).get("decision");
        assertThat(amended.get("revision").asInt()).isEqualTo(2);
        assertThat(json(api.get(meeting.path("/events?after=0"), SECRETARIAT)).values())
                .extracting(event -> event.get("type").stringValue())
                .containsSubsequence("MEETING_SCHEDULED", "MEETING_STARTED", "DECISION_RECORDED", "DECISION_RECORDED");

        assertThat(json(meeting.post("/adjourn", "", SECRETARIAT)).get("status").stringValue()).isEqualTo("ADJOURNED");
        assertThat(json(meeting.post("/start", "", SECRETARIAT)).get("status").stringValue()).isEqualTo("LIVE");
        assertThat(json(meeting.post("/close", "", SECRETARIAT)).get("status").stringValue()).isEqualTo("CLOSED");
        assertRefused(meeting.post("/start", "", SECRETARIAT), 409, "The meeting is closed.");
    }

    @Test
    void aClosedItemsDecisionReachesThePublicOnlyAsItsPublicText() {
        meeting.post("/start", "", SECRETARIAT);
        assertRefused(meeting.post("/items/" + meeting.itemId(0) + "/decision", """
                {"outcome": "APPROVED", "text": "Godkendt.", "publicText": "Offentlig"}""", SECRETARIAT), 400,
                "A public decision text is only for closed items; everything about an open item is public.");

        meeting.post("/items/" + meeting.itemId(2) + "/decision", """
                {"outcome": "APPROVED", "text": "Solgt til %s", "publicText": "Sagen blev behandlet.",
                 "dissent": "%s"}""".formatted(CLOSED_MARKER, DISSENT_MARKER), SECRETARIAT);

        for (String publicChannel : List.of(meeting.path(""), meeting.path("/events?after=0"))) {
            String seen = api.get(publicChannel, null).body();
            assertThat(seen).contains("Sagen blev behandlet.").doesNotContain(CLOSED_MARKER, DISSENT_MARKER);
        }
        assertThat(api.get(meeting.path(""), KIRSTEN).body()).contains(CLOSED_MARKER, DISSENT_MARKER);
        assertThat(api.get(meeting.path("/events?after=0"), KIRSTEN).body()).contains(CLOSED_MARKER, DISSENT_MARKER);
    }

    @Test
    void membersActOnlyForThemselvesAndOnlyTheSecretariatRunsTheMeeting() {
        assertThat(meeting.post("/attendance", attendance(meeting.memberId(1), "APOLOGY"), KIRSTEN).statusCode())
                .as("an apology before the start").isEqualTo(200);

        assertRefused(meeting.post("/attendance", attendance(meeting.memberId(2), "APOLOGY"), KIRSTEN), 403,
                "Only members summoned to this meeting can do this.");
        assertRefused(meeting.post("/start", "", KIRSTEN), 403, "Only the secretariat can do this.");
        assertRefused(meeting.post("/items/" + meeting.itemId(0) + "/decision", decision("APPROVED", "Godkendt."),
                KIRSTEN), 403, "Only the secretariat can do this.");
        assertThat(meeting.post("/start", "", null).statusCode()).isEqualTo(401);

        meeting.post("/start", "", SECRETARIAT);
        assertRefused(meeting.post("/attendance", attendance(meeting.memberId(1), "APOLOGY"), KIRSTEN), 409,
                "Apologies are sent before the meeting starts; ask the secretariat to note your absence.");
        assertThat(meeting.post("/attendance", attendance(meeting.memberId(1), "PRESENT"), KIRSTEN).statusCode())
                .isEqualTo(200);
        assertRefused(meeting.post("/attendance", attendance(meeting.memberId(1), "ABSENT"), KIRSTEN), 403,
                "Only the secretariat can do this.");
        assertThat(meeting.post("/attendance", attendance(meeting.memberId(1), "LEFT"), KIRSTEN).statusCode())
                .as("a present member says they leave now (issue 15)").isEqualTo(200);

        String substitute = """
                {"memberId": "%s", "status": "PRESENT", "substituteFor": "%s"}"""
                .formatted(meeting.memberId(3), meeting.memberId(2));
        JsonNode seated = json(meeting.post("/attendance", substitute, SECRETARIAT)).get("participants").get(3);
        assertThat(seated.get("substituteFor").stringValue()).isEqualTo(meeting.memberId(2));
        assertRefused(meeting.post("/attendance", """
                {"memberId": "%s", "status": "PRESENT", "substituteFor": "%s"}"""
                .formatted(meeting.memberId(1), meeting.memberId(2)), SECRETARIAT), 400,
                "Only a substitute can stand in for a member.");
    }

    @Test
    void roundTheTablePostsOnlyWhileThatItemIsCurrentAndOnlyByMembers() {
        meeting.post("/start", "", SECRETARIAT);
        assertRefused(meeting.post("/roundtable", "{\"text\": \"Nyt fra os\"}", KIRSTEN), 409,
                "Posts can be written only while the round-the-table item is current.");

        meeting.post("/current-item", "{\"itemId\": \"" + meeting.itemId(1) + "\"}", SECRETARIAT);
        JsonNode posted = json(meeting.post("/roundtable", "{\"text\": \"<script>alert('x')</script> Nyt fra os\"}",
                KIRSTEN));
        JsonNode post = posted.get("roundTable").get(0);
        assertThat(post.get("text").stringValue()).isEqualTo("<script>alert('x')</script> Nyt fra os");
        String postId = post.get("id").stringValue();

        assertRefused(meeting.post("/roundtable", "{\"text\": \"   \"}", KIRSTEN), 400, "The text must not be empty.");
        assertRefused(meeting.post("/roundtable", "{\"text\": \"" + "x".repeat(2_001) + "\"}", KIRSTEN), 400,
                "The text must be at most 2,000 characters.");
        assertRefused(meeting.post("/roundtable", "{\"text\": \"Hej\"}", SECRETARIAT), 403,
                "Only members summoned to this meeting can do this.");
        assertRefused(api.put(meeting.path("/roundtable/" + postId), "{\"text\": \"Overtaget\"}", THOMAS), 403,
                "You can only change your own posts.");

        JsonNode edited = json(api.put(meeting.path("/roundtable/" + postId), "{\"text\": \"Rettet\"}", KIRSTEN));
        assertThat(edited.get("roundTable").get(0).get("text").stringValue()).isEqualTo("Rettet");
        assertThat(edited.get("roundTable").get(0).get("edited").asBoolean()).isTrue();
        assertThat(json(api.delete(meeting.path("/roundtable/" + postId), KIRSTEN)).get("roundTable").size()).isZero();
    }

    @Test
    void badInputGetsAProblemAndChangesNothing() {
        meeting.post("/start", "", SECRETARIAT);
        long before = meeting.lastSeq();

        assertRefused(api.post("/api/meetings/nope/start", "", SECRETARIAT), 404, "There is no meeting nope.");
        assertRefused(meeting.post("/current-item", "{\"itemId\": \"nope\"}", SECRETARIAT), 404,
                "The meeting has no item nope.");
        assertThat(meeting.post("/items/" + meeting.itemId(0) + "/decision", "{\"outcome\": \"APPROVED\", ",
                SECRETARIAT).statusCode()).as("malformed JSON").isEqualTo(400);
        HttpResponse<String> unknownOutcome = meeting.post("/items/" + meeting.itemId(0) + "/decision",
                decision("MAYBE", "Hmm"), SECRETARIAT);
        assertThat(unknownOutcome.statusCode()).isEqualTo(400);
        assertThat(unknownOutcome.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertRefused(meeting.post("/items/" + meeting.itemId(0) + "/decision", decision("APPROVED", ""), SECRETARIAT),
                400, "The text must not be empty.");
        assertRefused(api.put(meeting.path("/items/order"), "{\"itemIds\": [\"" + meeting.itemId(0) + "\"]}",
                SECRETARIAT), 400, "The new order must list every item of the agenda exactly once.");

        assertThat(meeting.lastSeq()).as("nothing was appended").isEqualTo(before);
    }

    @Test
    void lateItemsAndReorderingKeepItemIdsStable() {
        JsonNode added = json(meeting.post("/items", """
                {"title": "Tillægspunkt: Havnebad", "visibility": "OPEN", "recommendation": "Til drøftelse"}""",
                SECRETARIAT));
        assertThat(added.get("items").get(3).get("number").asInt()).isEqualTo(4);
        String late = added.get("items").get(3).get("id").stringValue();

        JsonNode reordered = json(api.put(meeting.path("/items/order"), """
                {"itemIds": ["%s", "%s", "%s", "%s"]}"""
                .formatted(late, meeting.itemId(0), meeting.itemId(1), meeting.itemId(2)), SECRETARIAT));

        assertThat(reordered.get("items").values()).extracting(item -> item.get("id").stringValue())
                .containsExactly(late, meeting.itemId(0), meeting.itemId(1), meeting.itemId(2));
        assertThat(reordered.get("items").values()).extracting(item -> item.get("number").asInt())
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void twoSecretariesRecordingAtOnceNeverOverwriteEachOther() {
        meeting.post("/start", "", SECRETARIAT);
        long before = meeting.lastSeq();

        List<CompletableFuture<HttpResponse<String>>> racing = IntStream.range(0, 8)
                .mapToObj(n -> CompletableFuture.supplyAsync(() -> meeting.post("/items/" + meeting.itemId(n % 2)
                        + "/decision", decision("NOTED", "Beslutning " + n), SECRETARIAT)))
                .toList();

        assertThat(racing).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
        assertThat(meeting.lastSeq()).isEqualTo(before + 8);
        JsonNode items = json(api.get(meeting.path(""), SECRETARIAT)).get("items");
        assertThat(items.get(0).get("decision").get("revision").asInt() + items.get(1).get("decision").get("revision")
                .asInt()).as("every amendment counted").isEqualTo(8);
    }

    private static String decision(String outcome, String text) {
        return "{\"outcome\": \"%s\", \"text\": \"%s\"}".formatted(outcome, text);
    }

    private static String attendance(String memberId, String status) {
        return "{\"memberId\": \"%s\", \"status\": \"%s\"}".formatted(memberId, status);
    }
}
