package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.speakers.SpeakerBoard;
import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import examples.ObserverClient.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The speaker lists on every channel, for each role: the public sees who asks for and has the floor on an open item,
 * and of a closed item's list nothing, not its item, not a member, not when (REST meeting and events, the live
 * snapshot, the STOMP streams, the public page); members and the secretariat see both lists everywhere.
 */
@PlenumTest
class SpeakerVisibilityMatrixTest extends SpringBrowserlessTest {

    private record Role(String name, String username, boolean insider) {
    }

    private static final List<Role> ROLES = List.of(new Role("public", null, false),
            new Role("member", "kirsten", true), new Role("secretariat", "sekretariat", true));
    private static final Set<String> SPEAKER_EVENTS = Set.of("SPEAKER_REQUESTED", "SPEAKER_WITHDRAWN", "FLOOR_GIVEN",
            "FLOOR_ENDED", "SPEAKERS_REORDERED", "SPEAKER_LIST_CLOSED", "SPEAKER_LIST_REOPENED",
            "ITEM_SPEAKING_TIME_SET");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void everyChannelShowsTheClosedItemsListToInsidersOnly() {
        Api api = new Api(port);
        ApiMeeting meeting = ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "Talerliste og lukket punkt %d", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Erhvervsstrategi", "visibility": "OPEN"},
                           {"number": 2, "title": "Grundsalg", "visibility": "CLOSED"}]}
                """.formatted(System.nanoTime() % 1_000_000, ImportedMeetings.nextStartsAt()));
        String open = meeting.itemId(0);
        String closed = meeting.itemId(1);
        Map<Role, Follower> streams = new LinkedHashMap<>();
        ROLES.forEach(role -> streams.put(role, Follower.following(port, meeting.id(),
                role.username() == null ? null : role.username() + ":demo")));
        try {
            ok(meeting.post("/start", "", "sekretariat"));
            ok(meeting.post("/attendance", present(meeting, 1), "kirsten"));
            ok(meeting.post("/attendance", present(meeting, 2), "thomas"));
            ok(meeting.post("/current-item", "{\"itemId\": \"" + open + "\"}", "sekretariat"));
            ok(meeting.post("/items/" + open + "/speakers", "", "kirsten"));
            ok(meeting.post("/items/" + open + "/floor", "", "sekretariat"));
            ok(meeting.post("/current-item", "{\"itemId\": \"" + closed + "\"}", "sekretariat"));
            ok(meeting.post("/items/" + closed + "/speakers", "", "thomas"));
            ok(meeting.post("/items/" + closed + "/floor", "", "sekretariat"));
            ok(meeting.post("/items/" + closed + "/speakers", "", "kirsten"));
            ok(api.put(meeting.path("/items/" + closed + "/speaking-time"), "{\"seconds\": 60}", "sekretariat"));
            long lastSeq = Api.json(ok(meeting.post("/items/" + closed + "/speakers/close", "", "sekretariat")))
                    .get("lastSeq").asLong();
            streams.values().forEach(stream -> stream.awaitSeq(lastSeq));

            for (Role role : ROLES) {
                String who = role.name();
                for (String channel : List.of("", "/live")) {
                    String seen = api.get(meeting.path(channel), role.username()).body();
                    assertThat(seen).as(who + " × REST meeting" + channel + ": the open item's list")
                            .contains("\"itemId\":\"" + open + "\"");
                    assertThat(seen.contains("\"itemId\":\"" + closed + "\""))
                            .as(who + " × REST meeting" + channel + ": the closed item's list").isEqualTo(role.insider());
                }
                List<JsonNode> rest = new ArrayList<>();
                Api.json(api.get(meeting.path("/events?after=0"), role.username())).forEach(rest::add);
                assertSpeakerEvents(who + " × REST events", rest, role.insider(), open, closed);
                List<JsonNode> stomp = streams.get(role).events().stream().map(Event::json).map(JSON::readTree)
                        .toList();
                assertSpeakerEvents(who + " × STOMP", stomp, role.insider(), open, closed);

                List<SpeakerBoard> boards = visibleBoardsOnTheLivePageAs(role, meeting.id());
                assertThat(boards).as(who + " × Vaadin live page: the closed item's board")
                        .hasSize(role.insider() ? 1 : 0);
                boards.forEach(board -> assertThat(board.getElement().getTextRecursively())
                        .contains("Thomas Overgaard"));
            }
        } finally {
            streams.values().forEach(Follower::close);
        }
    }

    /**
     * The speaker events of the open item name it and its speaker for everyone; those of the closed item name
     * it, its speakers and their time for insiders only, and reach the public as empty shells.
     */
    private static void assertSpeakerEvents(String cell, List<JsonNode> events, boolean insider, String open,
            String closed) {
        List<JsonNode> speakerEvents = events.stream()
                .filter(event -> SPEAKER_EVENTS.contains(event.get("type").stringValue())).toList();
        assertThat(speakerEvents).as(cell + ": every speaker event, in every role").hasSize(7);
        long ofOpen = speakerEvents.stream().filter(event -> open.equals(itemOf(event))).count();
        long ofClosed = speakerEvents.stream().filter(event -> closed.equals(itemOf(event))).count();
        assertThat(ofOpen).as(cell + ": the open item's request and floor").isEqualTo(2);
        assertThat(ofClosed).as(cell + ": the closed item's events").isEqualTo(insider ? 5 : 0);
        if (!insider) {
            speakerEvents.stream().filter(event -> !open.equals(itemOf(event))).forEach(event -> {
                assertThat(event.path("payload").path("memberId").isMissingNode()
                        || event.path("payload").path("memberId").isNull()).as(cell + ": no member").isTrue();
                assertThat(event.path("payload").path("seconds").isMissingNode()
                        || event.path("payload").path("seconds").isNull()).as(cell + ": no time").isTrue();
                assertThat(event.path("at").isNull() || event.path("at").isMissingNode()).as(cell + ": no time")
                        .isTrue();
            });
        }
    }

    private static String itemOf(JsonNode event) {
        JsonNode itemId = event.path("payload").path("itemId");
        return itemId.isString() ? itemId.stringValue() : null;
    }

    /** The boards the page shows (a hidden one is not drawn in the browser at all). */
    private List<SpeakerBoard> visibleBoardsOnTheLivePageAs(Role role, String meetingId) {
        Logins.logOut(securityContext);
        if (role.username() != null) {
            Actor actor = accounts.find(role.username()).orElseThrow();
            Logins.logIn(securityContext, actor);
        }
        UI.getCurrent().navigate("meetings/" + meetingId);
        return find(SpeakerBoard.class).all();
    }

    private static String present(ApiMeeting meeting, int index) {
        return "{\"memberId\": \"%s\", \"status\": \"PRESENT\"}".formatted(meeting.memberId(index));
    }

    private static java.net.http.HttpResponse<String> ok(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
