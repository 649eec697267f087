package dk.plenum.voting.api;

import static dk.plenum.support.Api.json;
import static dk.plenum.support.Problems.assertProblem;
import static dk.plenum.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The electronic vote over the API: the secretariat opens and closes it, a member casts their own ballot once; each
 * refusal a problem+json with nothing appended; a secret ballot's individual ballots refused to everyone.
 */
@PlenumTest
class BallotApiTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final String KIRSTEN = "kirsten";
    private static final String LASSE = "lasse";
    private static final String THOMAS = "thomas";
    /** Places in the meeting's participants and items, as imported. */
    private static final int LASSE_INDEX = 0;
    private static final int KIRSTEN_INDEX = 1;
    private static final int OPEN_ITEM = 1;
    private static final int CLOSED_ITEM = 2;

    @LocalServerPort
    int port;

    private Api api;
    private ApiMeeting meeting;

    /** Lasse and Kirsten present, Thomas not: two take part. */
    @BeforeEach
    void aRunningMeetingWithTwoOfThreePresent() {
        api = new Api(port);
        meeting = ImportedMeetings.runningOverApi(api, "Erhvervsrådet", LASSE_INDEX, KIRSTEN_INDEX);
    }

    @Test
    void aNamedVoteIsOpenedCastOnceByEachMemberTakingPartAndClosedAsTheItemsVote() {
        HttpResponse<String> opened = meeting.post(ballot(OPEN_ITEM), "{\"secret\": false}", SECRETARIAT);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(json(opened).get("voting").get("ballot").get("itemId").stringValue())
                .isEqualTo(meeting.itemId(OPEN_ITEM));
        long before = meeting.lastSeq();
        assertRefused(meeting.post(ballot(CLOSED_ITEM), "{\"secret\": true}", SECRETARIAT), 409,
                "An electronic vote is already open, on item 2: close it first.");
        assertRefused(meeting.post(ballot(OPEN_ITEM), "{\"secret\": false}", KIRSTEN), 403,
                "Only the secretariat can do this.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        HttpResponse<String> cast = meeting.post(votes(OPEN_ITEM), "{\"choice\": \"FOR\"}", KIRSTEN);
        assertThat(cast.statusCode()).as(cast.body()).isEqualTo(200);
        JsonNode memberCopy = json(cast).get("voting").get("ballot").get("casts").get(0);
        assertThat(memberCopy.get("memberId").stringValue()).isEqualTo(meeting.memberId(KIRSTEN_INDEX));
        assertThat(memberCopy.get("choice").isNull()).as("a member's copy holds no one's choice").isTrue();
        before = meeting.lastSeq();

        assertRefused(meeting.post(votes(OPEN_ITEM), "{\"choice\": \"AGAINST\"}", KIRSTEN), 409,
                "You have already voted in this vote.");
        assertRefused(meeting.post(votes(OPEN_ITEM), "{\"choice\": \"AGAINST\"}", THOMAS), 409,
                "You do not take part in this item (not present and seated, or inhabil), so you cannot vote.");
        assertRefused(meeting.post(votes(OPEN_ITEM), "{\"choice\": \"FOR\"}", SECRETARIAT), 403,
                "Only members summoned to this meeting can do this.");
        assertProblem(meeting.post(votes(OPEN_ITEM), "{\"choice\": \"FOR\"}", null), 401);
        assertProblem(meeting.post(votes(OPEN_ITEM), "{\"choice\": \"MAYBE\"}", LASSE), 400);
        assertRefused(meeting.post(votes(OPEN_ITEM), "{}", LASSE), 400, "Choose FOR, AGAINST or ABSTAIN.");
        assertRefused(meeting.post(votes(CLOSED_ITEM), "{\"choice\": \"FOR\"}", LASSE), 409,
                "No electronic vote is open on this item.");
        assertRefused(meeting.post(ballot(OPEN_ITEM) + "/close", "", KIRSTEN), 403, "Only the secretariat can do this.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        JsonNode soFar = json(api.get(meeting.path(votes(OPEN_ITEM)), SECRETARIAT));
        assertThat(soFar).hasSize(1);
        assertThat(soFar.get(0).get("name").stringValue()).isEqualTo("Kirsten Møller Thomsen");
        assertThat(soFar.get(0).get("choice").stringValue()).isEqualTo("FOR");
        assertRefused(api.get(meeting.path(votes(OPEN_ITEM)), KIRSTEN), 403, "Only the secretariat can do this.");

        HttpResponse<String> closed = meeting.post(ballot(OPEN_ITEM) + "/close", "", SECRETARIAT);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(json(closed).get("voting").get("ballot").isNull()).isTrue();
        JsonNode vote = json(closed).get("voting").get("votes").get(0);
        assertThat(vote.get("kind").stringValue()).isEqualTo("ELECTRONIC");
        assertThat(vote.get("inFavour").get(0).stringValue()).isEqualTo(meeting.memberId(KIRSTEN_INDEX));
        assertThat(vote.get("count").get("inFavour").asInt()).isEqualTo(1);
        assertThat(vote.get("count").get("notVoting").asInt()).as("Lasse took part and did not vote").isEqualTo(1);

        before = meeting.lastSeq();
        assertRefused(meeting.post(votes(OPEN_ITEM), "{\"choice\": \"FOR\"}", LASSE), 409,
                "No electronic vote is open on this item.");
        assertRefused(meeting.post(ballot(OPEN_ITEM) + "/close", "", SECRETARIAT), 409,
                "No electronic vote is open on this item.");
        assertRefused(api.get(meeting.path(votes(OPEN_ITEM)), SECRETARIAT), 409,
                "No electronic vote is open on this item.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);
    }

    @Test
    void aSecretBallotsIndividualBallotsAreRefusedToEveryoneAndItsResultHoldsCountsOnly() {
        assertThat(meeting.post(ballot(OPEN_ITEM), "{\"secret\": true}", SECRETARIAT).statusCode()).isEqualTo(200);
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = api.command("POST", meeting.path(votes(OPEN_ITEM)), "{\"choice\": \"AGAINST\"}",
                KIRSTEN, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        // The stored request hash must not depend on the choice: a retry with another choice gets the first answer.
        HttpResponse<String> retried = api.command("POST", meeting.path(votes(OPEN_ITEM)), "{\"choice\": \"FOR\"}",
                KIRSTEN, key);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(meeting.post(votes(OPEN_ITEM), "{\"choice\": \"ABSTAIN\"}", LASSE).statusCode()).isEqualTo(200);

        for (String asker : new String[] {SECRETARIAT, KIRSTEN, null}) {
            assertRefused(api.get(meeting.path(votes(OPEN_ITEM)), asker), 409,
                    "This is a secret ballot: who voted what is never shown, to anyone.");
        }
        JsonNode secretariatCopy = json(api.get(meeting.path(""), SECRETARIAT)).get("voting").get("ballot");
        assertThat(secretariatCopy.get("secret").asBoolean()).isTrue();
        assertThat(secretariatCopy.get("casts")).hasSize(2);
        assertThat(secretariatCopy.get("casts").get(0).get("choice").isNull()).isTrue();

        HttpResponse<String> closed = meeting.post(ballot(OPEN_ITEM) + "/close", "", SECRETARIAT);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonNode vote = json(closed).get("voting").get("votes").get(0);
        assertThat(vote.get("kind").stringValue()).isEqualTo("SECRET");
        assertThat(vote.get("inFavour")).isEmpty();
        assertThat(vote.get("against")).isEmpty();
        assertThat(vote.get("abstaining")).isEmpty();
        JsonNode count = vote.get("count");
        assertThat(count.get("inFavour").asInt()).isZero();
        assertThat(count.get("against").asInt()).isEqualTo(1);
        assertThat(count.get("abstaining").asInt()).isEqualTo(1);
        assertThat(count.get("notVoting").asInt()).isZero();
        assertThat(count.get("notCounted").asInt()).isZero();
    }

    @Test
    void aVoteIsOpenedOnlyInARunningMeetingWhereSomeoneTakesPart() {
        ApiMeeting notStarted = ImportedMeetings.importOverApi(api, ImportedMeetings.document("Erhvervsrådet",
                ImportedMeetings.nextStartsAt()));
        String open = "/items/%s/ballot".formatted(notStarted.itemId(OPEN_ITEM));
        assertRefused(notStarted.post(open, "{\"secret\": false}", SECRETARIAT), 409,
                "The meeting has not started yet.");
        assertThat(notStarted.post("/start", "", SECRETARIAT).statusCode()).isEqualTo(200);
        long before = notStarted.lastSeq();
        assertRefused(notStarted.post(open, "{\"secret\": false}", SECRETARIAT), 409,
                "Nobody takes part in this item now: mark who is present first.");
        assertThat(notStarted.post("/close", "", SECRETARIAT).statusCode()).isEqualTo(200);
        assertRefused(notStarted.post(open, "{\"secret\": false}", SECRETARIAT), 409,
                "The meeting is closed.");
        assertThat(notStarted.lastSeq()).as("nothing appended but the close").isEqualTo(before + 1);
    }

    @Test
    void thePublicSeesThatAVoteIsOpenOnAnOpenItemAndNothingOfOneOnAClosedItem() {
        assertThat(meeting.post(ballot(CLOSED_ITEM), "{\"secret\": false}", SECRETARIAT).statusCode()).isEqualTo(200);
        assertThat(meeting.post(votes(CLOSED_ITEM), "{\"choice\": \"AGAINST\"}", KIRSTEN).statusCode()).isEqualTo(200);
        assertThat(json(api.get(meeting.path(""), null)).get("voting").get("ballot").isNull()).isTrue();
        assertRefused(api.get(meeting.path(votes(CLOSED_ITEM)), null), 409, "No electronic vote is open on this item.");
        assertThat(meeting.post(ballot(CLOSED_ITEM) + "/close", "", SECRETARIAT).statusCode()).isEqualTo(200);
        assertThat(json(api.get(meeting.path(""), null)).get("voting").get("votes")).isEmpty();
        for (JsonNode event : json(api.get(meeting.path("/events?after=0"), null))) {
            if (event.get("type").stringValue().startsWith("BALLOT_")) {
                assertThat(event.get("payload").toString()).doesNotContain(meeting.itemId(CLOSED_ITEM),
                        meeting.memberId(KIRSTEN_INDEX), "AGAINST");
            }
        }

        assertThat(meeting.post(ballot(OPEN_ITEM), "{\"secret\": false}", SECRETARIAT).statusCode()).isEqualTo(200);
        assertThat(meeting.post(votes(OPEN_ITEM), "{\"choice\": \"AGAINST\"}", KIRSTEN).statusCode()).isEqualTo(200);
        JsonNode seen = json(api.get(meeting.path(""), null)).get("voting").get("ballot");
        assertThat(seen.get("itemId").stringValue()).isEqualTo(meeting.itemId(OPEN_ITEM));
        assertThat(seen.get("casts")).as("that a vote is open, not who has voted (decision 0015)").isEmpty();
        assertThat(json(api.get(meeting.path("/events?after=0"), null)).valueStream()
                .map(event -> event.get("type").stringValue())).contains("BALLOT_OPENED").doesNotContain("BALLOT_CAST");
    }

    private String ballot(int item) {
        return "/items/%s/ballot".formatted(meeting.itemId(item));
    }

    private String votes(int item) {
        return ballot(item) + "/votes";
    }
}
