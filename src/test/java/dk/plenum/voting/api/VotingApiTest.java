package dk.plenum.voting.api;

import static dk.plenum.support.Api.json;
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
 * Conflicts of interest, votes and a decision without quorum over the API: each refusal a problem+json with
 * nothing appended, each command retried with its {@code Idempotency-Key} answered once.
 */
@PlenumTest
class VotingApiTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final String KIRSTEN = "kirsten";
    /** Places in the meeting's participants and items, as imported. */
    private static final int LASSE = 0;
    private static final int KIRSTEN_INDEX = 1;
    private static final int THOMAS = 2;
    private static final int OPEN_ITEM = 1;
    private static final int CLOSED_ITEM = 2;

    @LocalServerPort
    int port;

    private Api api;
    private ApiMeeting meeting;

    /** Lasse and Kirsten present: two of the three seats (chair, Kirsten, Thomas), so quorate. */
    @BeforeEach
    void aRunningMeetingWithTwoOfThreePresent() {
        api = new Api(port);
        meeting = ImportedMeetings.runningOverApi(api, "Erhvervsrådet", LASSE, KIRSTEN_INDEX);
    }

    @Test
    void aMemberDeclaresTheirOwnConflictOfInterestOnceAndOnlyTheirOwn() {
        HttpResponse<String> declared = api.put(conflict(OPEN_ITEM, KIRSTEN_INDEX), "", KIRSTEN);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
        assertThat(json(declared).get("voting").get("conflicts").get(0).get("memberId").stringValue())
                .isEqualTo(meeting.memberId(KIRSTEN_INDEX));
        long before = meeting.lastSeq();

        assertRefused(api.put(conflict(OPEN_ITEM, KIRSTEN_INDEX), "", KIRSTEN), 409,
                "Kirsten Møller Thomsen has already declared a conflict of interest on this item.");
        assertRefused(api.put(conflict(OPEN_ITEM, THOMAS), "", KIRSTEN), 403,
                "A member can declare a conflict of interest only for themself.");
        assertRefused(api.delete(conflict(OPEN_ITEM, KIRSTEN_INDEX), KIRSTEN), 403, "Only the secretariat can do this.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        assertThat(api.delete(conflict(OPEN_ITEM, KIRSTEN_INDEX), SECRETARIAT).statusCode()).isEqualTo(200);
    }

    @Test
    void aVoteIsCountedFromWhoTakesPartAndRetriedOnceWithItsKey() {
        assertThat(api.put(conflict(OPEN_ITEM, KIRSTEN_INDEX), "", SECRETARIAT).statusCode()).isEqualTo(200);
        long before = meeting.lastSeq();
        assertRefused(meeting.post(vote(OPEN_ITEM), "{\"members\": {}}", SECRETARIAT), 400,
                "How Lasse Frimand Jensen voted is missing: choose for their group or for them.");
        assertRefused(meeting.post(vote(OPEN_ITEM), "{\"members\": {\"%s\": \"FOR\"}}".formatted(
                meeting.memberId(KIRSTEN_INDEX)), SECRETARIAT), 409,
                "Kirsten Møller Thomsen does not take part in this item (not present and seated, or inhabil).");
        assertRefused(meeting.post(vote(OPEN_ITEM), "{\"unanimous\": true}", KIRSTEN), 403,
                "Only the secretariat can do this.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        String key = UUID.randomUUID().toString();
        String body = "{\"members\": {\"%s\": \"AGAINST\"}}".formatted(meeting.memberId(LASSE));
        HttpResponse<String> first = api.command("POST", meeting.path(vote(OPEN_ITEM)), body, SECRETARIAT, key);
        HttpResponse<String> retried = api.command("POST", meeting.path(vote(OPEN_ITEM)), body, SECRETARIAT, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(meeting.lastSeq()).isEqualTo(before + 1);
        JsonNode recorded = json(first).get("voting").get("votes").get(0);
        assertThat(recorded.get("kind").stringValue()).isEqualTo("BY_MEMBER");
        assertThat(recorded.get("against").get(0).stringValue()).isEqualTo(meeting.memberId(LASSE));
        assertThat(recorded.get("inFavour")).isEmpty();
    }

    @Test
    void aDecisionWithoutQuorumIsRefusedWith409UnlessConfirmedAndIsThenMarked() {
        assertThat(meeting.post("/attendance", "{\"memberId\": \"%s\", \"status\": \"ABSENT\"}"
                .formatted(meeting.memberId(THOMAS)), SECRETARIAT).statusCode()).isEqualTo(200);
        assertThat(meeting.post("/attendance", "{\"memberId\": \"%s\", \"status\": \"LEFT\"}"
                .formatted(meeting.memberId(KIRSTEN_INDEX)), SECRETARIAT).statusCode()).isEqualTo(200);
        long before = meeting.lastSeq();
        String decision = "/items/%s/decision".formatted(meeting.itemId(OPEN_ITEM));

        assertRefused(meeting.post(decision, "{\"outcome\": \"APPROVED\", \"text\": \"Godkendt.\"}", SECRETARIAT), 409,
                "The council is not quorate: 1 of 3 members take part. Confirm to record the decision anyway; it"
                        + " will be marked as made without quorum.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        HttpResponse<String> confirmed = meeting.post(decision, "{\"outcome\": \"APPROVED\", \"text\": \"Godkendt.\","
                + " \"confirmWithoutQuorum\": true, \"dissentingMemberIds\": [\"%s\"]}".formatted(meeting.memberId(LASSE)),
                SECRETARIAT);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        JsonNode recorded = json(confirmed).get("items").get(OPEN_ITEM).get("decision");
        assertThat(recorded.get("withoutQuorum").asBoolean()).isTrue();
        assertThat(recorded.get("dissentingMemberIds").get(0).stringValue()).isEqualTo(meeting.memberId(LASSE));
    }

    @Test
    void thePublicSeesNoConflictOrVoteOfAClosedItem() {
        assertThat(api.put(conflict(CLOSED_ITEM, KIRSTEN_INDEX), "", KIRSTEN).statusCode()).isEqualTo(200);
        assertThat(meeting.post(vote(CLOSED_ITEM), "{\"unanimous\": true}", SECRETARIAT).statusCode()).isEqualTo(200);

        JsonNode seen = json(api.get(meeting.path(""), null));
        assertThat(seen.get("voting").get("conflicts")).isEmpty();
        assertThat(seen.get("voting").get("votes")).isEmpty();
        for (JsonNode event : json(api.get(meeting.path("/events?after=0"), null))) {
            String type = event.get("type").stringValue();
            if (type.equals("CONFLICT_OF_INTEREST_DECLARED") || type.equals("VOTE_RECORDED")) {
                assertThat(event.get("payload").toString()).as(type).doesNotContain(meeting.itemId(CLOSED_ITEM),
                        meeting.memberId(KIRSTEN_INDEX), "UNANIMOUS");
                assertThat(event.path("at").isNull() || event.path("at").isMissingNode()).as("no time for " + type).isTrue();
            }
        }
        assertThat(json(api.get(meeting.path(""), KIRSTEN)).get("voting").get("votes")).hasSize(1);
    }

    private String conflict(int item, int member) {
        return meeting.path("/items/%s/conflicts/%s".formatted(meeting.itemId(item), meeting.memberId(member)));
    }

    private String vote(int item) {
        return "/items/%s/vote".formatted(meeting.itemId(item));
    }
}
