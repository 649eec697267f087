package dk.plenum.speakers;

import static dk.plenum.support.Api.json;
import static dk.plenum.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The speaker list over the API as the tablets and the control view use it: requests, a reply that jumps the
 * queue, the floor with its speaking time, withdrawal, reordering, closing, by the secretariat or the chair present;
 * and every refusal (outside a running meeting, by someone not present and seated, by a member not chairing, on a
 * closed list, twice) a problem+json that appends nothing.
 */
@PlenumTest
class SpeakerListApiTest {

    private static final String SECRETARIAT = ImportedMeetings.SECRETARIAT.username();
    private static final String LASSE = "lasse";
    private static final String KIRSTEN = "kirsten";
    private static final String THOMAS = "thomas";
    private static final String PIA = "pia";
    private static final int LASSE_INDEX = 0;
    private static final int KIRSTEN_INDEX = 1;
    private static final int THOMAS_INDEX = 2;
    private static final int PIA_INDEX = 3;

    @LocalServerPort
    int port;

    private Api api;
    private ApiMeeting meeting;

    @BeforeEach
    void aMeetingOfTheDemoCouncil() {
        api = new Api(port);
        meeting = ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "Talerlistemøde %d", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"},
                             {"name": "Pia Kjærgaard Holm", "role": "SUBSTITUTE"}],
                 "items": [{"number": 1, "title": "Erhvervsstrategi", "visibility": "OPEN"},
                           {"number": 2, "title": "Grundsalg", "visibility": "CLOSED"}]}
                """.formatted(System.nanoTime() % 1_000_000, ImportedMeetings.nextStartsAt()));
    }

    @Test
    void membersAskAReplyJumpsTheQueueAndTheFloorCarriesItsSpeakingTime() {
        runningWithEveryonePresent();
        ok(api.put(meeting.path("/speaking-time"), "{\"seconds\": 120}", SECRETARIAT));
        ok(request(KIRSTEN, false));
        ok(request(THOMAS, false));
        assertThat(queue()).containsExactly(meeting.memberId(KIRSTEN_INDEX), meeting.memberId(THOMAS_INDEX));

        JsonNode floor = list(ok(meeting.post(item("/floor"), "", SECRETARIAT))).get("floor");
        assertThat(floor.get("memberId").stringValue()).isEqualTo(meeting.memberId(KIRSTEN_INDEX));
        assertThat(floor.get("limitSeconds").asInt()).isEqualTo(120);
        Instant givenAt = Instant.parse(floor.get("givenAt").stringValue());
        assertThat(givenAt).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now());

        ok(request(LASSE, true));
        assertThat(queue()).as("the reply comes before Thomas, who asked first")
                .containsExactly(meeting.memberId(LASSE_INDEX), meeting.memberId(THOMAS_INDEX));
        ok(api.delete(meeting.path(item("/speakers/" + meeting.memberId(THOMAS_INDEX))), THOMAS));
        assertThat(queue()).containsExactly(meeting.memberId(LASSE_INDEX));

        JsonNode afterReply = list(ok(meeting.post(item("/floor"), "", SECRETARIAT)));
        assertThat(afterReply.get("floor").get("memberId").stringValue()).isEqualTo(meeting.memberId(LASSE_INDEX));
        assertThat(afterReply.get("floor").get("reply").asBoolean()).isTrue();
        assertThat(list(ok(api.delete(meeting.path(item("/floor")), SECRETARIAT))).get("floor").isNull()).isTrue();
    }

    @Test
    void theSecretariatAddsReordersClosesAndSetsTheItemsOwnTime() {
        runningWithEveryonePresent();
        ok(meeting.post(item("/speakers"), member(THOMAS_INDEX), SECRETARIAT));
        ok(meeting.post(item("/speakers"), member(LASSE_INDEX), SECRETARIAT));
        ok(request(KIRSTEN, false));
        ok(api.put(meeting.path(item("/speakers/order")), """
                {"memberIds": ["%s", "%s", "%s"]}""".formatted(meeting.memberId(KIRSTEN_INDEX),
                meeting.memberId(LASSE_INDEX), meeting.memberId(THOMAS_INDEX)), SECRETARIAT));
        assertThat(queue()).containsExactly(meeting.memberId(KIRSTEN_INDEX), meeting.memberId(LASSE_INDEX),
                meeting.memberId(THOMAS_INDEX));

        ok(meeting.post(item("/speakers/close"), "", SECRETARIAT));
        ok(api.delete(meeting.path(item("/speakers/" + meeting.memberId(KIRSTEN_INDEX))), KIRSTEN));
        assertRefused(request(KIRSTEN, false), 409, "The list of speakers on this item is closed.");
        ok(meeting.post(item("/speakers"), member(KIRSTEN_INDEX), SECRETARIAT));
        ok(meeting.post(item("/speakers/reopen"), "", SECRETARIAT));

        ok(api.put(meeting.path(item("/speaking-time")), "{\"seconds\": 60}", SECRETARIAT));
        JsonNode list = list(ok(meeting.post(item("/floor"), member(THOMAS_INDEX), SECRETARIAT)));
        assertThat(list.get("limitSeconds").asInt()).isEqualTo(60);
        assertThat(list.get("floor").get("limitSeconds").asInt()).isEqualTo(60);
        assertThat(list.get("closed").asBoolean()).isFalse();
    }

    @Test
    void theChairPresentRunsTheListAsTheSecretariatDoesAndNoOtherMemberMay() {
        runningWithEveryonePresent();
        ok(request(KIRSTEN, false));
        ok(request(THOMAS, false));
        ok(api.put(meeting.path(item("/speakers/order")), """
                {"memberIds": ["%s", "%s"]}""".formatted(meeting.memberId(THOMAS_INDEX),
                meeting.memberId(KIRSTEN_INDEX)), LASSE));
        assertThat(queue()).containsExactly(meeting.memberId(THOMAS_INDEX), meeting.memberId(KIRSTEN_INDEX));
        ok(api.delete(meeting.path(item("/speakers/" + meeting.memberId(KIRSTEN_INDEX))), LASSE));
        ok(meeting.post(item("/speakers"), member(KIRSTEN_INDEX), LASSE));
        ok(api.put(meeting.path(item("/speaking-time")), "{\"seconds\": 90}", LASSE));
        JsonNode given = list(ok(meeting.post(item("/floor"), "", LASSE)));
        assertThat(given.get("floor").get("memberId").stringValue()).isEqualTo(meeting.memberId(THOMAS_INDEX));
        assertThat(given.get("floor").get("limitSeconds").asInt()).isEqualTo(90);
        assertThat(list(ok(api.delete(meeting.path(item("/floor")), LASSE))).get("floor").isNull()).isTrue();
        assertThat(list(ok(meeting.post(item("/speakers/close"), "", LASSE))).get("closed").asBoolean()).isTrue();
        assertThat(list(ok(meeting.post(item("/speakers/reopen"), "", LASSE))).get("closed").asBoolean()).isFalse();

        long before = meeting.lastSeq();
        String onlyTheLeader = "Only the secretariat, or the chair while present, can run the list of speakers.";
        assertRefused(meeting.post(item("/floor"), "", KIRSTEN), 403, onlyTheLeader);
        assertRefused(api.delete(meeting.path(item("/floor")), THOMAS), 403, onlyTheLeader);
        assertRefused(meeting.post(item("/speakers"), member(THOMAS_INDEX), KIRSTEN), 403, onlyTheLeader);
        assertRefused(api.put(meeting.path(item("/speakers/order")), "{\"memberIds\": []}", KIRSTEN), 403,
                onlyTheLeader);
        assertRefused(meeting.post(item("/speakers/close"), "", THOMAS), 403, onlyTheLeader);
        assertRefused(api.delete(meeting.path(item("/speakers/" + meeting.memberId(KIRSTEN_INDEX))), THOMAS), 403,
                "A member can only withdraw their own request to speak.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        ok(meeting.post("/attendance", """
                {"memberId": "%s", "status": "LEFT"}""".formatted(meeting.memberId(LASSE_INDEX)), SECRETARIAT));
        before = meeting.lastSeq();
        assertRefused(meeting.post(item("/floor"), "", LASSE), 403, onlyTheLeader);
        assertRefused(meeting.post(item("/speakers/close"), "", LASSE), 403, onlyTheLeader);
        assertThat(meeting.lastSeq()).as("a chair who left runs nothing; nothing appended").isEqualTo(before);
    }

    @Test
    void everyRefusalIsAProblemAndAppendsNothing() {
        long before = meeting.lastSeq();
        assertRefused(request(KIRSTEN, false), 409, "The meeting has not started yet.");
        assertThat(meeting.lastSeq()).isEqualTo(before);

        ok(meeting.post("/start", "", SECRETARIAT));
        ok(meeting.post("/current-item", "{\"itemId\": \"" + meeting.itemId(0) + "\"}", SECRETARIAT));
        ok(meeting.post("/attendance", attendance(KIRSTEN_INDEX), KIRSTEN));
        before = meeting.lastSeq();

        assertRefused(request(THOMAS, false), 409,
                "Thomas Overgaard is not present and seated at the meeting, so cannot be on the list of speakers.");
        assertRefused(request(PIA, false), 403,
                "A substitute takes part only while the secretariat has seated her for an absent member.");
        assertRefused(request(SECRETARIAT, false), 403, "Only members summoned to this meeting can do this.");
        assertThat(api.post(meeting.path(item("/speakers")), "", null).statusCode()).isEqualTo(401);
        assertRefused(request(KIRSTEN, true), 409, "A reply needs someone to have the floor.");
        assertRefused(api.post(meeting.path("/items/" + meeting.itemId(1) + "/speakers"), "", KIRSTEN), 409,
                "Speakers can only be listed on the item under discussion.");
        assertRefused(meeting.post(item("/speakers"), member(THOMAS_INDEX), SECRETARIAT), 409,
                "Thomas Overgaard is not present and seated at the meeting, so cannot be on the list of speakers.");
        assertRefused(meeting.post(item("/floor"), "", SECRETARIAT), 409, "Nobody is waiting to speak.");
        assertRefused(api.delete(meeting.path(item("/floor")), SECRETARIAT), 409, "Nobody has the floor.");
        assertRefused(api.put(meeting.path("/speaking-time"), "{\"seconds\": 5}", SECRETARIAT), 400,
                "The speaking time must be between 10 and 3600 seconds, or no limit.");
        assertRefused(meeting.post(item("/speakers/reopen"), "", SECRETARIAT), 409, "The list of speakers is open.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        ok(request(KIRSTEN, false));
        before = meeting.lastSeq();
        assertRefused(request(KIRSTEN, false), 409, "Kirsten Møller Thomsen is on the list of speakers already.");
        assertRefused(api.delete(meeting.path(item("/speakers/" + meeting.memberId(KIRSTEN_INDEX))), LASSE), 403,
                "A member can only withdraw their own request to speak.");
        assertRefused(meeting.post(item("/floor"), member(THOMAS_INDEX), SECRETARIAT), 409,
                "Thomas Overgaard is not waiting on the list of speakers.");
        assertRefused(api.put(meeting.path(item("/speakers/order")), "{\"memberIds\": [\"a\", \"a\"]}", SECRETARIAT),
                400, "The new order must name each speaker once.");
        assertRefused(meeting.post(item("/floor"), "", KIRSTEN), 403,
                "Only the secretariat, or the chair while present, can run the list of speakers.");
        ok(meeting.post(item("/floor"), "", SECRETARIAT));
        before = meeting.lastSeq();
        assertRefused(request(KIRSTEN, false), 409, "Kirsten Møller Thomsen has the floor already.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);
    }

    @Test
    void aMemberInhabilOnTheItemNeitherAsksNorIsAddedButMayStillWithdraw() {
        runningWithEveryonePresent();
        ok(request(THOMAS, false));
        ok(api.put(meeting.path(item("/conflicts/" + meeting.memberId(KIRSTEN_INDEX))), "", KIRSTEN));
        ok(api.put(meeting.path(item("/conflicts/" + meeting.memberId(THOMAS_INDEX))), "", THOMAS));
        long before = meeting.lastSeq();

        assertRefused(request(KIRSTEN, false), 409, "Kirsten Møller Thomsen is inhabil on item 1 and takes no part "
                + "in it, so cannot be on its list of speakers.");
        assertRefused(meeting.post(item("/speakers"), member(KIRSTEN_INDEX), SECRETARIAT), 409,
                "Kirsten Møller Thomsen is inhabil on item 1 and takes no part in it, so cannot be on its list of "
                        + "speakers.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        ok(api.delete(meeting.path(item("/speakers/" + meeting.memberId(THOMAS_INDEX))), THOMAS));
        assertThat(queue()).as("a request made before the conflict can be taken back").isEmpty();
    }

    @Test
    void aRequestRetriedWithItsKeyIsAnsweredAgainAndStoredOnce() {
        runningWithEveryonePresent();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = api.command("POST", meeting.path(item("/speakers")), "{}", KIRSTEN, key);
        HttpResponse<String> again = api.command("POST", meeting.path(item("/speakers")), "{}", KIRSTEN, key);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("lastSeq").asLong()).isEqualTo(json(first).get("lastSeq").asLong());
        assertThat(meeting.lastSeq()).isEqualTo(json(first).get("lastSeq").asLong());
        assertThat(queue()).containsExactly(meeting.memberId(KIRSTEN_INDEX));
    }

    private void runningWithEveryonePresent() {
        ok(meeting.post("/start", "", SECRETARIAT));
        ok(meeting.post("/current-item", "{\"itemId\": \"" + meeting.itemId(0) + "\"}", SECRETARIAT));
        ok(meeting.post("/attendance", attendance(LASSE_INDEX), LASSE));
        ok(meeting.post("/attendance", attendance(KIRSTEN_INDEX), KIRSTEN));
        ok(meeting.post("/attendance", attendance(THOMAS_INDEX), THOMAS));
    }

    private HttpResponse<String> request(String user, boolean reply) {
        return meeting.post(item("/speakers"), "{\"reply\": " + reply + "}", user);
    }

    /** The first item's path under the meeting followed by {@code suffix}. */
    private String item(String suffix) {
        return "/items/" + meeting.itemId(0) + suffix;
    }

    private String member(int index) {
        return "{\"memberId\": \"" + meeting.memberId(index) + "\"}";
    }

    private String attendance(int index) {
        return "{\"memberId\": \"%s\", \"status\": \"PRESENT\"}".formatted(meeting.memberId(index));
    }

    private List<String> queue() {
        JsonNode list = list(api.get(meeting.path(""), SECRETARIAT));
        return list.get("queue").valueStream().map(request -> request.get("memberId").stringValue()).toList();
    }

    /** The first item's speaker list in a meeting as the API answered it. */
    private JsonNode list(HttpResponse<String> answer) {
        for (JsonNode list : json(answer).get("speakers").get("lists")) {
            if (list.get("itemId").stringValue().equals(meeting.itemId(0))) {
                return list;
            }
        }
        throw new AssertionError("No speaker list of the first item in " + answer.body());
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
