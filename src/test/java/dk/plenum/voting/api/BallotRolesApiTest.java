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
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The ballot endpoints asked by every kind of caller: a seated and an unseated substitute, a member absent, another
 * council's secretariat and the public each get their own answer (accepted, 401, 403 or 409 problem+json), and a
 * refusal appends nothing. And the secretariat cancels a vote opened by mistake: its ballots are discarded, no vote is
 * recorded, and every channel is told it ended.
 */
@PlenumTest
class BallotRolesApiTest {

    private static final String SECRETARIAT = "sekretariat";
    /** Erhvervsrådet's secretariat, and no other council's. */
    private static final String METTE = "mette";
    private static final String KIRSTEN = "kirsten";
    private static final String THOMAS = "thomas";
    private static final String PIA = "pia";
    private static final String PUBLIC = null;
    /** Places in the meeting's participants and items, as imported. */
    private static final int LASSE_INDEX = 0;
    private static final int KIRSTEN_INDEX = 1;
    private static final int THOMAS_INDEX = 2;
    private static final int PIA_INDEX = 3;
    private static final int OPEN_ITEM = 1;
    private static final int CLOSED_ITEM = 2;
    private static final String NOT_TAKING_PART =
            "You do not take part in this item (not present and seated, or inhabil), so you cannot vote.";
    private static final String OTHER_COUNCIL = "Only the secretariat of this council can do this.";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;
    private ApiMeeting meeting;

    /** Lasse and Kirsten present; Thomas expected and Pia, the substitute, not seated: two take part. */
    @BeforeEach
    void aRunningMeetingWithTwoPresent() {
        api = new Api(port);
        meeting = ImportedMeetings.runningOverApi(api, "Erhvervsrådet", LASSE_INDEX, KIRSTEN_INDEX);
    }

    @Test
    void aSubstituteVotesOnlyWhileSeatedAndAMemberOnlyWhilePresent() {
        assertAccepted(meeting.post(ballot(OPEN_ITEM), "{\"secret\": false}", SECRETARIAT));
        long before = meeting.lastSeq();
        // Not seated, she is no member of the meeting now; Thomas is one, but not present.
        assertRefused(cast(OPEN_ITEM, PIA), 403,
                "A substitute takes part only while the secretariat has seated her for an absent member.");
        assertRefused(cast(OPEN_ITEM, THOMAS), 409, NOT_TAKING_PART);
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        // Thomas sends his apologies and Pia is seated for him: she votes, he still does not.
        assertAccepted(meeting.post("/attendance", "{\"memberId\": \"%s\", \"status\": \"APOLOGY\"}"
                .formatted(meeting.memberId(THOMAS_INDEX)), SECRETARIAT));
        assertAccepted(meeting.post("/attendance", "{\"memberId\": \"%s\", \"status\": \"PRESENT\", \"substituteFor\": \"%s\"}"
                .formatted(meeting.memberId(PIA_INDEX), meeting.memberId(THOMAS_INDEX)), SECRETARIAT));
        assertAccepted(cast(OPEN_ITEM, PIA));
        before = meeting.lastSeq();
        assertRefused(cast(OPEN_ITEM, THOMAS), 409, NOT_TAKING_PART);
        assertRefused(cast(OPEN_ITEM, PIA), 409, "You have already voted in this vote.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        JsonNode vote = json(assertAccepted(meeting.post(ballot(OPEN_ITEM) + "/close", "", SECRETARIAT)))
                .get("voting").get("votes").get(0);
        assertThat(vote.get("inFavour").get(0).stringValue()).isEqualTo(meeting.memberId(PIA_INDEX));
        assertThat(vote.get("count").get("notVoting").asInt()).as("Lasse and Kirsten took part and did not vote")
                .isEqualTo(2);
    }

    @Test
    void anotherCouncilsSecretariatAndThePublicAreRefusedEveryBallotCommand() {
        ApiMeeting others = ImportedMeetings.runningOverApi(api, "Teknik- og Miljøudvalget", LASSE_INDEX,
                KIRSTEN_INDEX);
        String othersBallot = "/items/%s/ballot".formatted(others.itemId(OPEN_ITEM));
        long before = others.lastSeq();
        assertRefused(others.post(othersBallot, "{\"secret\": false}", METTE), 403, OTHER_COUNCIL);
        assertProblem(others.post(othersBallot, "{\"secret\": false}", PUBLIC), 401);
        assertThat(others.lastSeq()).as("nothing appended").isEqualTo(before);

        assertAccepted(others.post(othersBallot, "{\"secret\": false}", SECRETARIAT));
        before = others.lastSeq();
        for (String command : List.of("/close", "/cancel")) {
            assertRefused(others.post(othersBallot + command, "", METTE), 403, OTHER_COUNCIL);
            assertProblem(others.post(othersBallot + command, "", PUBLIC), 401);
        }
        assertRefused(others.post(othersBallot + "/votes", "{\"choice\": \"FOR\"}", METTE), 403,
                "Only members summoned to this meeting can do this.");
        assertProblem(others.post(othersBallot + "/votes", "{\"choice\": \"FOR\"}", PUBLIC), 401);
        assertRefused(api.get(others.path(othersBallot + "/votes"), METTE), 403, OTHER_COUNCIL);
        assertRefused(api.get(others.path(othersBallot + "/votes"), PUBLIC), 403, "Log in to do this.");
        assertThat(others.lastSeq()).as("nothing appended").isEqualTo(before);
        // Her own council's vote, the same commands: accepted.
        assertAccepted(meeting.post(ballot(OPEN_ITEM), "{\"secret\": false}", METTE));
        assertAccepted(meeting.post(ballot(OPEN_ITEM) + "/cancel", "", METTE));
    }

    @Test
    void aVoteOpenedByMistakeIsCancelledItsBallotsDiscardedAndNoVoteRecorded() {
        assertAccepted(meeting.post(ballot(OPEN_ITEM), "{\"secret\": false}", SECRETARIAT));
        assertAccepted(cast(OPEN_ITEM, KIRSTEN));
        long before = meeting.lastSeq();
        assertRefused(meeting.post(ballot(OPEN_ITEM) + "/cancel", "", KIRSTEN), 403,
                "Only the secretariat can do this.");
        assertProblem(meeting.post(ballot(OPEN_ITEM) + "/cancel", "", PUBLIC), 401);
        assertRefused(meeting.post(ballot(CLOSED_ITEM) + "/cancel", "", SECRETARIAT), 409,
                "No electronic vote is open on this item.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        JsonNode cancelled = json(assertAccepted(meeting.post(ballot(OPEN_ITEM) + "/cancel", "", SECRETARIAT)));
        assertThat(cancelled.get("voting").get("ballot").isNull()).isTrue();
        assertThat(cancelled.get("voting").get("votes")).as("no result recorded").isEmpty();
        before = meeting.lastSeq();
        assertRefused(cast(OPEN_ITEM, "lasse"), 409, "No electronic vote is open on this item.");
        assertRefused(meeting.post(ballot(OPEN_ITEM) + "/cancel", "", SECRETARIAT), 409,
                "No electronic vote is open on this item.");
        assertRefused(meeting.post(ballot(OPEN_ITEM) + "/close", "", SECRETARIAT), 409,
                "No electronic vote is open on this item.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        // Every channel is told: the members' and the public's log end the vote on the item, by name.
        for (String reader : new String[] {KIRSTEN, PUBLIC}) {
            JsonNode last = lastEvent(reader);
            assertThat(last.get("type").stringValue()).isEqualTo("BALLOT_CANCELLED");
            assertThat(last.get("payload").get("itemId").stringValue()).isEqualTo(meeting.itemId(OPEN_ITEM));
        }
        // A new vote on the item starts from nothing: Kirsten's discarded ballot is not counted, she votes again.
        assertAccepted(meeting.post(ballot(OPEN_ITEM), "{\"secret\": false}", SECRETARIAT));
        assertAccepted(meeting.post(votes(OPEN_ITEM), "{\"choice\": \"AGAINST\"}", KIRSTEN));
        JsonNode vote = json(assertAccepted(meeting.post(ballot(OPEN_ITEM) + "/close", "", SECRETARIAT)))
                .get("voting").get("votes").get(0);
        assertThat(vote.get("inFavour")).isEmpty();
        assertThat(vote.get("against")).hasSize(1);

        // Nothing of the cancelled vote is printed in the minutes: only the one closed.
        assertAccepted(meeting.post("/close", "", SECRETARIAT));
        String minutes = api.get(meeting.path("/minutes?format=md&lang=en"), SECRETARIAT).body();
        assertThat(minutes).containsOnlyOnce("Against 1").doesNotContain("In favour 1");
    }

    @Test
    void aCancelledSecretBallotsBoxIsEmptiedAwayAndThePublicLearnsNothingOfOneOnAClosedItem() {
        JsonNode opened = json(assertAccepted(meeting.post(ballot(CLOSED_ITEM), "{\"secret\": true}", SECRETARIAT)));
        long openedSeq = opened.get("voting").get("ballot").get("openedSeq").asLong();
        assertAccepted(cast(CLOSED_ITEM, KIRSTEN));
        String box = meeting.id() + ":" + openedSeq;
        assertThat(mongo.findById(box, Document.class, "ballot_boxes")).as("the ballot counted").isNotNull();

        assertAccepted(meeting.post(ballot(CLOSED_ITEM) + "/cancel", "", SECRETARIAT));
        assertThat(mongo.findById(box, Document.class, "ballot_boxes")).as("its count discarded").isNull();
        JsonNode seen = lastEvent(PUBLIC);
        assertThat(seen.get("type").stringValue()).isEqualTo("BALLOT_CANCELLED");
        assertThat(seen.get("payload").get("itemId").isNull()).as("not which item").isTrue();
        assertThat(seen.path("at").isNull() || seen.path("at").isMissingNode()).as("not when").isTrue();
        assertThat(lastEvent(KIRSTEN).get("payload").get("itemId").stringValue())
                .isEqualTo(meeting.itemId(CLOSED_ITEM));
    }

    private JsonNode lastEvent(String reader) {
        JsonNode events = json(api.get(meeting.path("/events?after=0"), reader));
        return events.get(events.size() - 1);
    }

    private HttpResponse<String> cast(int item, String member) {
        return meeting.post(votes(item), "{\"choice\": \"FOR\"}", member);
    }

    private static HttpResponse<String> assertAccepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private String ballot(int item) {
        return "/items/%s/ballot".formatted(meeting.itemId(item));
    }

    private String votes(int item) {
        return ballot(item) + "/votes";
    }
}
