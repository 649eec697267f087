package dk.plenum.observer;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import examples.ObserverClient.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The visibility matrix for votes and conflicts of interest, on every channel that carries events or the meeting
 * (the STOMP streams, the REST meeting, its events and the live snapshot), for the public, a member and the
 * secretariat: of the open item everyone sees who is inhabil and how the vote went; of the closed item the public
 * sees nothing, not even which item its events are about, nor when. On each item an electronic vote is also opened,
 * a ballot cast and the vote cancelled: members see who voted, never what, before the close; the public never
 * learns of a ballot, and of the closed item's vote not even that one was opened or cancelled.
 */
@PlenumTest
class VotingVisibilityMatrixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRETARIAT = "sekretariat";
    private static final String KIRSTEN = "kirsten";
    private static final List<String> VOTING_EVENTS = List.of("CONFLICT_OF_INTEREST_DECLARED",
            "CONFLICT_OF_INTEREST_LIFTED", "VOTE_RECORDED", "BALLOT_OPENED", "BALLOT_CAST", "BALLOT_CANCELLED");
    /** Per item: two conflicts declared, one lifted, the vote recorded; a ballot opened, one cast, it cancelled. */
    private static final int EVENTS_PER_ITEM = 7;
    /** Places in the imported meeting: items 2 (open) and 3 (closed); Kirsten and Thomas. */
    private static final int OPEN_ITEM = 1;
    private static final int CLOSED_ITEM = 2;
    private static final int KIRSTEN_INDEX = 1;
    private static final int THOMAS_INDEX = 2;

    @LocalServerPort
    int port;

    @Test
    void eachRoleSeesTheVotesAndConflictsTheRulesAllowOnEveryChannel() {
        Api api = new Api(port);
        ApiMeeting meeting = ImportedMeetings.importOverApi(api, ImportedMeetings.document("Erhvervsrådet",
                ImportedMeetings.nextStartsAt()));
        Map<String, Follower> streams = new LinkedHashMap<>();
        streams.put("public", Follower.following(port, meeting.id(), null));
        streams.put("member", Follower.following(port, meeting.id(), KIRSTEN + ":demo"));
        streams.put("secretariat", Follower.following(port, meeting.id(), SECRETARIAT + ":demo"));
        try {
            meeting.post("/start", "", SECRETARIAT);
            for (int member = 0; member < 3; member++) {
                meeting.post("/attendance", "{\"memberId\": \"%s\", \"status\": \"PRESENT\"}"
                        .formatted(meeting.memberId(member)), SECRETARIAT);
            }
            for (int item : new int[] {OPEN_ITEM, CLOSED_ITEM}) {
                String ballot = "/items/" + meeting.itemId(item) + "/ballot";
                assertThat(meeting.post(ballot, "{\"secret\": false}", SECRETARIAT).statusCode()).isEqualTo(200);
                assertThat(meeting.post(ballot + "/votes", "{\"choice\": \"FOR\"}", KIRSTEN).statusCode())
                        .isEqualTo(200);
                assertThat(meeting.post(ballot + "/cancel", "", SECRETARIAT).statusCode()).isEqualTo(200);
                api.put(conflictPath(meeting, item, KIRSTEN_INDEX), "", KIRSTEN);
                api.put(conflictPath(meeting, item, THOMAS_INDEX), "", SECRETARIAT);
                api.delete(conflictPath(meeting, item, THOMAS_INDEX), SECRETARIAT);
                assertThat(meeting.post("/items/" + meeting.itemId(item) + "/vote", "{\"unanimous\": true}",
                        SECRETARIAT).statusCode()).isEqualTo(200);
            }
            long lastSeq = meeting.lastSeq();
            streams.values().forEach(stream -> stream.awaitSeq(lastSeq));

            for (String role : streams.keySet()) {
                String user = role.equals("public") ? null : role.equals("member") ? KIRSTEN : SECRETARIAT;
                boolean insider = user != null;
                List<JsonNode> events = new ArrayList<>();
                streams.get(role).events().stream().map(Event::json).map(JSON::readTree).forEach(events::add);
                json(api.get(meeting.path("/events?after=0"), user)).forEach(events::add);
                List<JsonNode> voting = events.stream()
                        .filter(event -> VOTING_EVENTS.contains(event.get("type").stringValue())).toList();
                // The public is not sent the ballots cast at all.
                int perItem = insider ? EVENTS_PER_ITEM : EVENTS_PER_ITEM - 1;
                assertThat(voting).as(role + ": STOMP and REST events").hasSize(perItem * 2 * 2);
                for (JsonNode event : voting) {
                    if (event.get("type").stringValue().equals("BALLOT_CAST") && !role.equals("secretariat")) {
                        assertThat(event.get("payload").get("choice").isNull())
                                .as(role + " × what Kirsten voted, before the close").isTrue();
                    }
                    String itemId = itemOf(event);
                    if (insider) {
                        assertThat(itemId).as(role + " × " + event).isIn(meeting.itemId(OPEN_ITEM),
                                meeting.itemId(CLOSED_ITEM));
                    } else if (itemId == null) {
                        assertThat(event.get("payload").toString()).as(role + " × " + event)
                                .doesNotContain(meeting.memberId(KIRSTEN_INDEX), meeting.memberId(THOMAS_INDEX),
                                        "UNANIMOUS", meeting.itemId(CLOSED_ITEM));
                        assertThat(event.path("at").isNull() || event.path("at").isMissingNode())
                                .as(role + " × when, of " + event).isTrue();
                    } else {
                        assertThat(itemId).as(role + " × " + event).isEqualTo(meeting.itemId(OPEN_ITEM));
                    }
                }
                // (The full STOMP topic carries the members' edition to every insider; the desk reads the log.)
                assertThat(voting.stream().filter(event -> event.get("payload").path("choice").isString()).count())
                        .as(role + " × Kirsten's choices seen").isEqualTo(role.equals("secretariat") ? 2 : 0);
                assertThat(voting.stream().filter(event -> itemOf(event) == null).count())
                        .as(role + ": events about the closed item, emptied").isEqualTo(insider ? 0 : (perItem) * 2);

                for (String channel : List.of("", "/live")) {
                    JsonNode seen = json(api.get(meeting.path(channel), user));
                    JsonNode shown = seen.has("meeting") ? seen.get("meeting") : seen;
                    assertThat(shown.get("voting").get("conflicts")).as(role + " × conflicts in " + channel)
                            .hasSize(insider ? 2 : 1);
                    assertThat(shown.get("voting").get("votes")).as(role + " × votes in " + channel)
                            .hasSize(insider ? 2 : 1);
                    assertThat(shown.get("voting").toString()).as(role + " × " + channel)
                            .contains(meeting.itemId(OPEN_ITEM));
                    if (!insider) {
                        assertThat(shown.get("voting").toString()).as(role + " × " + channel)
                                .doesNotContain(meeting.itemId(CLOSED_ITEM));
                    }
                }
            }
        } finally {
            streams.values().forEach(Follower::close);
        }
    }

    /** The item an event of votes or conflicts is about, or null when the event names none. */
    private static String itemOf(JsonNode event) {
        JsonNode payload = event.get("payload");
        JsonNode item = payload.has("vote") ? payload.path("vote").path("itemId") : payload.path("itemId");
        return item.isMissingNode() || item.isNull() ? null : item.stringValue();
    }

    private static String conflictPath(ApiMeeting meeting, int item, int member) {
        return meeting.path("/items/%s/conflicts/%s".formatted(meeting.itemId(item), meeting.memberId(member)));
    }
}
