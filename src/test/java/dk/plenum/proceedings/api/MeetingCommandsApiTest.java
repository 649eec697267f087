package dk.plenum.proceedings.api;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Api;
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
    private String meetingId;
    private JsonNode meeting;

    @BeforeEach
    void importAMeetingOfTheDemoCouncil() {
        api = new Api(port);
        long unique = System.nanoTime() % 1_000_000;
        HttpResponse<String> created = api.post("/api/meetings/import", """
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
                """.formatted(unique, ImportedMeetings.nextStartsAt(), CLOSED_MARKER),
                SECRETARIAT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        meeting = json(created);
        meetingId = meeting.get("id").stringValue();
    }

    @Test
    void theSecretariatRunsTheMeetingAndDecisionsRecordWhoWasAbsent() {
        assertRefused(post("/items/" + item(0) + "/decision", decision("APPROVED", "Godkendt."), SECRETARIAT), 409,
                "The meeting has not started yet.");

        assertThat(json(post("/start", "", SECRETARIAT)).get("status").stringValue()).isEqualTo("LIVE");
        assertThat(post("/attendance", attendance(member(1), "PRESENT"), KIRSTEN).statusCode()).isEqualTo(200);
        assertThat(post("/attendance", attendance(member(0), "PRESENT"), SECRETARIAT).statusCode()).isEqualTo(200);
        assertThat(json(post("/current-item", "{\"itemId\": \"" + item(0) + "\"}", SECRETARIAT))
                .get("currentItemId").stringValue()).isEqualTo(item(0));

        JsonNode decided = json(post("/items/" + item(0) + "/decision", decision("APPROVED", "Godkendt."),
                SECRETARIAT));

        JsonNode recorded = decided.get("items").get(0).get("decision");
        assertThat(recorded.get("outcome").stringValue()).isEqualTo("APPROVED");
        assertThat(recorded.get("text").stringValue()).isEqualTo("Godkendt.");
        assertThat(recorded.get("absentMemberIds").values()).extracting(JsonNode::stringValue)
                .as("Thomas had not checked in").containsExactly(member(2));
        assertThat(recorded.get("revision").asInt()).isEqualTo(1);

        JsonNode amended = json(post("/items/" + item(0) + "/decision", decision("APPROVED", "Godkendt med rettelse."),
                SECRETARIAT)).get("items").get(0).get("decision");
        assertThat(amended.get("revision").asInt()).isEqualTo(2);
        assertThat(json(api.get(path("/events?after=0"), SECRETARIAT)).values())
                .extracting(event -> event.get("type").stringValue())
                .containsSubsequence("MEETING_SCHEDULED", "MEETING_STARTED", "DECISION_RECORDED", "DECISION_RECORDED");

        assertThat(json(post("/adjourn", "", SECRETARIAT)).get("status").stringValue()).isEqualTo("ADJOURNED");
        assertThat(json(post("/start", "", SECRETARIAT)).get("status").stringValue()).isEqualTo("LIVE");
        assertThat(json(post("/close", "", SECRETARIAT)).get("status").stringValue()).isEqualTo("CLOSED");
        assertRefused(post("/start", "", SECRETARIAT), 409, "The meeting is closed.");
    }

    @Test
    void aClosedItemsDecisionReachesThePublicOnlyAsItsPublicText() {
        post("/start", "", SECRETARIAT);
        assertRefused(post("/items/" + item(0) + "/decision", """
                {"outcome": "APPROVED", "text": "Godkendt.", "publicText": "Offentlig"}""", SECRETARIAT), 400,
                "A public decision text is only for closed items; everything about an open item is public.");

        post("/items/" + item(2) + "/decision", """
                {"outcome": "APPROVED", "text": "Solgt til %s", "publicText": "Sagen blev behandlet.",
                 "dissent": "%s"}""".formatted(CLOSED_MARKER, DISSENT_MARKER), SECRETARIAT);

        for (String publicChannel : List.of(path(""), path("/events?after=0"))) {
            String seen = api.get(publicChannel, null).body();
            assertThat(seen).contains("Sagen blev behandlet.").doesNotContain(CLOSED_MARKER, DISSENT_MARKER);
        }
        assertThat(api.get(path(""), KIRSTEN).body()).contains(CLOSED_MARKER, DISSENT_MARKER);
        assertThat(api.get(path("/events?after=0"), KIRSTEN).body()).contains(CLOSED_MARKER, DISSENT_MARKER);
    }

    @Test
    void membersActOnlyForThemselvesAndOnlyTheSecretariatRunsTheMeeting() {
        assertThat(post("/attendance", attendance(member(1), "APOLOGY"), KIRSTEN).statusCode())
                .as("an apology before the start").isEqualTo(200);

        assertRefused(post("/attendance", attendance(member(2), "APOLOGY"), KIRSTEN), 403,
                "Only members summoned to this meeting can do this.");
        assertRefused(post("/start", "", KIRSTEN), 403, "Only the secretariat can do this.");
        assertRefused(post("/items/" + item(0) + "/decision", decision("APPROVED", "Godkendt."), KIRSTEN), 403,
                "Only the secretariat can do this.");
        assertThat(post("/start", "", null).statusCode()).isEqualTo(401);

        post("/start", "", SECRETARIAT);
        assertRefused(post("/attendance", attendance(member(1), "APOLOGY"), KIRSTEN), 409,
                "Apologies are sent before the meeting starts; ask the secretariat to note your absence.");
        assertThat(post("/attendance", attendance(member(1), "PRESENT"), KIRSTEN).statusCode()).isEqualTo(200);
        assertRefused(post("/attendance", attendance(member(1), "LEFT"), KIRSTEN), 403,
                "Only the secretariat can do this.");

        String substitute = """
                {"memberId": "%s", "status": "PRESENT", "substituteFor": "%s"}""".formatted(member(3), member(2));
        JsonNode seated = json(post("/attendance", substitute, SECRETARIAT)).get("participants").get(3);
        assertThat(seated.get("substituteFor").stringValue()).isEqualTo(member(2));
        assertRefused(post("/attendance", """
                {"memberId": "%s", "status": "PRESENT", "substituteFor": "%s"}""".formatted(member(1), member(2)),
                SECRETARIAT), 400, "Only a substitute can stand in for a member.");
    }

    @Test
    void roundTheTablePostsOnlyWhileThatItemIsCurrentAndOnlyByMembers() {
        post("/start", "", SECRETARIAT);
        assertRefused(post("/roundtable", "{\"text\": \"Nyt fra os\"}", KIRSTEN), 409,
                "Posts can be written only while the round-the-table item is current.");

        post("/current-item", "{\"itemId\": \"" + item(1) + "\"}", SECRETARIAT);
        JsonNode posted = json(post("/roundtable", "{\"text\": \"<script>alert('x')</script> Nyt fra os\"}", KIRSTEN));
        JsonNode post = posted.get("roundTable").get(0);
        assertThat(post.get("text").stringValue()).isEqualTo("<script>alert('x')</script> Nyt fra os");
        String postId = post.get("id").stringValue();

        assertRefused(post("/roundtable", "{\"text\": \"   \"}", KIRSTEN), 400, "The text must not be empty.");
        assertRefused(post("/roundtable", "{\"text\": \"" + "x".repeat(2_001) + "\"}", KIRSTEN), 400,
                "The text must be at most 2,000 characters.");
        assertRefused(post("/roundtable", "{\"text\": \"Hej\"}", SECRETARIAT), 403,
                "Only members summoned to this meeting can do this.");
        assertRefused(api.put(path("/roundtable/" + postId), "{\"text\": \"Overtaget\"}", THOMAS), 403,
                "You can only change your own posts.");

        JsonNode edited = json(api.put(path("/roundtable/" + postId), "{\"text\": \"Rettet\"}", KIRSTEN));
        assertThat(edited.get("roundTable").get(0).get("text").stringValue()).isEqualTo("Rettet");
        assertThat(edited.get("roundTable").get(0).get("edited").asBoolean()).isTrue();
        assertThat(json(api.delete(path("/roundtable/" + postId), KIRSTEN)).get("roundTable").size()).isZero();
    }

    @Test
    void badInputGetsAProblemAndChangesNothing() {
        post("/start", "", SECRETARIAT);
        long before = lastSeq();

        assertRefused(api.post("/api/meetings/nope/start", "", SECRETARIAT), 404, "There is no meeting nope.");
        assertRefused(post("/current-item", "{\"itemId\": \"nope\"}", SECRETARIAT), 404,
                "The meeting has no item nope.");
        assertThat(post("/items/" + item(0) + "/decision", "{\"outcome\": \"APPROVED\", ", SECRETARIAT).statusCode())
                .as("malformed JSON").isEqualTo(400);
        HttpResponse<String> unknownOutcome = post("/items/" + item(0) + "/decision",
                decision("MAYBE", "Hmm"), SECRETARIAT);
        assertThat(unknownOutcome.statusCode()).isEqualTo(400);
        assertThat(unknownOutcome.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertRefused(post("/items/" + item(0) + "/decision", decision("APPROVED", ""), SECRETARIAT), 400,
                "The text must not be empty.");
        assertRefused(api.put(path("/items/order"), "{\"itemIds\": [\"" + item(0) + "\"]}", SECRETARIAT), 400,
                "The new order must list every item of the agenda exactly once.");

        assertThat(lastSeq()).as("nothing was appended").isEqualTo(before);
    }

    @Test
    void lateItemsAndReorderingKeepItemIdsStable() {
        JsonNode added = json(post("/items", """
                {"title": "Tillægspunkt: Havnebad", "visibility": "OPEN", "recommendation": "Til drøftelse"}""",
                SECRETARIAT));
        assertThat(added.get("items").get(3).get("number").asInt()).isEqualTo(4);
        String late = added.get("items").get(3).get("id").stringValue();

        JsonNode reordered = json(api.put(path("/items/order"), """
                {"itemIds": ["%s", "%s", "%s", "%s"]}""".formatted(late, item(0), item(1), item(2)), SECRETARIAT));

        assertThat(reordered.get("items").values()).extracting(item -> item.get("id").stringValue())
                .containsExactly(late, item(0), item(1), item(2));
        assertThat(reordered.get("items").values()).extracting(item -> item.get("number").asInt())
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void twoSecretariesRecordingAtOnceNeverOverwriteEachOther() {
        post("/start", "", SECRETARIAT);
        long before = lastSeq();

        List<CompletableFuture<HttpResponse<String>>> racing = IntStream.range(0, 8)
                .mapToObj(n -> CompletableFuture.supplyAsync(() -> post("/items/" + item(n % 2) + "/decision",
                        decision("NOTED", "Beslutning " + n), SECRETARIAT)))
                .toList();

        assertThat(racing).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
        assertThat(lastSeq()).isEqualTo(before + 8);
        JsonNode items = json(api.get(path(""), SECRETARIAT)).get("items");
        assertThat(items.get(0).get("decision").get("revision").asInt() + items.get(1).get("decision").get("revision")
                .asInt()).as("every amendment counted").isEqualTo(8);
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

    private static String decision(String outcome, String text) {
        return "{\"outcome\": \"%s\", \"text\": \"%s\"}".formatted(outcome, text);
    }

    private static String attendance(String memberId, String status) {
        return "{\"memberId\": \"%s\", \"status\": \"%s\"}".formatted(memberId, status);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("detail").stringValue()).isEqualTo(detail);
    }
}
