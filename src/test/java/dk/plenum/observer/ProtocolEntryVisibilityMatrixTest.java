package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.ItemCards;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ShownText;
import examples.ObserverClient.Event;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * What each role sees of protocol entries on every channel, with a marker per entry: an accepted entry on an open
 * item is everyone's; on a closed item the members' and the secretariat's; a pending or refused entry (and the note
 * of a refusal) only its author's and the secretariat's, and on the live streams and in the event log, which every
 * member reads the same, no one's but the secretariat's event log.
 */
@PlenumTest
class ProtocolEntryVisibilityMatrixTest extends SpringBrowserlessTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final String KIRSTEN = "kirsten";
    private static final String THOMAS = "thomas";

    private static final String ACCEPTED_OPEN = "TILFOERT-AABEN-5521";
    private static final String ACCEPTED_CLOSED = "TILFOERT-LUKKET-5522";
    private static final String PENDING = "AFVENTER-5523";
    private static final String REFUSED = "AFVIST-5524";
    private static final String REFUSAL_NOTE = "BEGRUNDELSE-5525";

    private static final String REST_MEETING = "REST meeting";
    private static final String REST_EVENTS = "REST events";
    private static final String SNAPSHOT = "REST live snapshot";
    private static final String VAADIN = "Vaadin live page";
    private static final String STOMP = "STOMP";

    /** A role as the tests log in: its account (null = the public). */
    private record Role(String name, String username) {
    }

    private static final Role PUBLIC = new Role("public", null);
    private static final Role AUTHOR = new Role("author (Kirsten)", KIRSTEN);
    private static final Role OTHER_MEMBER = new Role("other member (Thomas)", THOMAS);
    private static final Role SECRETARY = new Role("secretariat", SECRETARIAT);

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
    void everyChannelShowsEachRoleExactlyTheProtocolEntriesTheRulesAllow() {
        Api api = new Api(port);
        ApiMeeting meeting = ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "Protokolmøde %d", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Erhvervsstrategi", "visibility": "OPEN"},
                           {"number": 2, "title": "Grundsalg", "visibility": "CLOSED"}]}
                """.formatted(System.nanoTime() % 1_000_000, ImportedMeetings.nextStartsAt()));
        List<Role> roles = List.of(PUBLIC, AUTHOR, OTHER_MEMBER, SECRETARY);
        Map<Role, Follower> streams = new LinkedHashMap<>();
        roles.forEach(role -> streams.put(role, Follower.following(port, meeting.id(),
                role.username() == null ? null : role.username() + ":demo")));
        try {
            ok(meeting.post("/start", "", SECRETARIAT));
            ok(meeting.post("/attendance", "{\"memberId\": \"%s\", \"status\": \"PRESENT\"}"
                    .formatted(meeting.memberId(1)), KIRSTEN));
            ok(meeting.post("/current-item", "{\"itemId\": \"" + meeting.itemId(0) + "\"}", SECRETARIAT));
            String acceptedOpen = request(meeting, 0, ACCEPTED_OPEN);
            String refused = request(meeting, 0, REFUSED);
            request(meeting, 0, PENDING);
            ok(meeting.post("/current-item", "{\"itemId\": \"" + meeting.itemId(1) + "\"}", SECRETARIAT));
            String acceptedClosed = request(meeting, 1, ACCEPTED_CLOSED);
            ok(meeting.post("/protocol-entries/" + acceptedOpen + "/accept", "", SECRETARIAT));
            ok(meeting.post("/protocol-entries/" + acceptedClosed + "/accept", "", SECRETARIAT));
            ok(meeting.post("/protocol-entries/" + refused + "/refuse", "{\"note\": \"" + REFUSAL_NOTE + "\"}",
                    SECRETARIAT));
            long lastSeq = meeting.lastSeq();
            streams.values().forEach(stream -> stream.awaitSeq(lastSeq));

            for (Role role : roles) {
                Map<String, String> channels = new LinkedHashMap<>();
                channels.put(REST_MEETING, api.get(meeting.path(""), role.username()).body());
                channels.put(REST_EVENTS, api.get(meeting.path("/events?after=0"), role.username()).body());
                channels.put(SNAPSHOT, api.get(meeting.path("/live"), role.username()).body());
                channels.put(VAADIN, vaadinPageAs(role, meeting.id()));
                channels.put(STOMP, streams.get(role).events().stream().map(Event::json)
                        .collect(Collectors.joining("\n")));
                channels.forEach((channel, seen) -> {
                    for (String marker : List.of(ACCEPTED_OPEN, ACCEPTED_CLOSED, PENDING, REFUSED, REFUSAL_NOTE)) {
                        String cell = role.name() + " × " + channel + " × " + marker;
                        if (mustSee(role, channel, marker)) {
                            assertThat(seen).as(cell + " must show it").contains(marker);
                        } else {
                            assertThat(seen).as(cell + " must not show it").doesNotContain(marker);
                        }
                    }
                });
            }
        } finally {
            streams.values().forEach(Follower::close);
        }
    }

    /** The rules, cell by cell. */
    private static boolean mustSee(Role role, String channel, String marker) {
        if (marker.equals(ACCEPTED_OPEN)) {
            return true;
        }
        if (marker.equals(ACCEPTED_CLOSED)) {
            return role != PUBLIC;
        }
        // Pending and refused entries: the log and the streams carry them whole to the secretariat's event log
        // only; the meeting itself shows them to their author and the secretariat (whose desk is the control view).
        if (role == SECRETARY) {
            return Set.of(REST_MEETING, REST_EVENTS, SNAPSHOT).contains(channel);
        }
        return role == AUTHOR && Set.of(REST_MEETING, SNAPSHOT, VAADIN).contains(channel);
    }

    private static String request(ApiMeeting meeting, int item, String text) {
        HttpResponse<String> asked = meeting.post("/items/" + meeting.itemId(item) + "/protocol-entries",
                "{\"text\": \"" + text + "\"}", KIRSTEN);
        ok(asked);
        var entries = Api.json(asked).get("protocolEntries");
        return entries.get(entries.size() - 1).get("id").stringValue();
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String vaadinPageAs(Role role, String meetingId) {
        Logins.logOut(securityContext);
        if (role.username() != null) {
            Actor actor = accounts.find(role.username()).orElseThrow();
            Logins.logIn(securityContext, actor);
        }
        UI.getCurrent().navigate("meetings/" + meetingId);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AgendaView");
        // Every item opened: a folded card holds nothing of the item, an opened one must show only what the role may see.
        ItemCards.openAll(getCurrentView());
        return ShownText.of(getCurrentView());
    }
}
