package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.bilag.TestPdfs;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Translations;
import dk.plenum.meeting.Visibility;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.ItemCards;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ScriptedMeeting;
import dk.plenum.support.ShownText;
import examples.ObserverClient.Event;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each role sees of a closed item on every channel (the public's server-rendered page /live/{id} among
 * them), checked with unique marker strings so a leak anywhere in a payload is caught: the public must find none of a closed item's sections, attachments,
 * internal decision text or dissent on any channel, and the council's members and the secretariat
 * must find all of them wherever the channel carries them.
 */
@PlenumTest
class VisibilityMatrixTest extends SpringBrowserlessTest {

    /** A role as the tests log in: its account (null = the public) and its live stream's credentials. */
    private record Role(String name, String username, boolean insider) {
    }

    private static final List<Role> ROLES = List.of(new Role("public", null, false),
            new Role("member", ScriptedMeeting.KIRSTEN, true), new Role("secretariat", ScriptedMeeting.SECRETARIAT,
                    true));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    BilagService bilag;

    @Autowired
    MeetingJournal journal;

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void everyChannelShowsEachRoleExactlyWhatTheRulesSay() {
        Api api = new Api(port);
        ScriptedMeeting meeting = ScriptedMeeting.importInto(api, "Erhvervsrådet", 3);
        String marker = meeting.closedMarker();
        Map<Role, Follower> streams = new LinkedHashMap<>();
        ROLES.forEach(role -> streams.put(role, Follower.following(port, meeting.id(),
                role.username() == null ? null : role.username() + ":demo")));
        try {
            meeting.start();
            meeting.decide(0);
            meeting.decide(2);
            long lastSeq = meeting.decide(2);
            streams.values().forEach(stream -> stream.awaitSeq(lastSeq));

            for (Role role : ROLES) {
                Map<String, String> channels = new LinkedHashMap<>();
                channels.put("REST meeting", api.get("/api/meetings/" + meeting.id(), role.username()).body());
                channels.put("REST events", api.get("/api/meetings/" + meeting.id() + "/events?after=0",
                        role.username()).body());
                channels.put("REST live snapshot", api.get("/api/meetings/" + meeting.id() + "/live",
                        role.username()).body());
                channels.put("Vaadin live page", vaadinPageAs(role, meeting.id()));
                if (!role.insider()) {
                    // Whoever is logged in is sent on from the public's page to the Vaadin page above.
                    channels.put("public page /live", api.get("/live/" + meeting.id(), null).body());
                }
                channels.put(role.insider() ? "STOMP full topic" : "STOMP public topic",
                        streams.get(role).events().stream().map(Event::json).collect(Collectors.joining("\n")));

                channels.forEach((channel, seen) -> {
                    String cell = role.name() + " × " + channel;
                    assertThat(seen).as(cell + ": the public decision text").contains(meeting.publicText(2));
                    Map<String, String> closedContent = closedContent(marker, channel);
                    closedContent.forEach((what, text) -> {
                        if (role.insider()) {
                            assertThat(seen).as(cell + " must show " + what).contains(text);
                        } else {
                            assertThat(seen).as(cell + " must not show " + what).doesNotContain(text);
                        }
                    });
                    assertThat(role.insider() || !seen.contains(marker)).as(cell + ": no marker at all").isTrue();
                    if (!role.insider() && !channel.startsWith("Vaadin")) {
                        assertThat(seen).as(cell + ": no username (recordedBy, actor)")
                                .doesNotContain("\"" + ScriptedMeeting.SECRETARIAT + "\"");
                        assertThat(seen).as(cell + ": not how often the closed decision was revised")
                                .doesNotContain("\"revision\":2");
                    } else if (role.insider() && !channel.startsWith("Vaadin")) {
                        assertThat(seen).as(cell + " shows who recorded the decisions")
                                .contains("\"" + ScriptedMeeting.SECRETARIAT + "\"");
                    }
                });
            }
        } finally {
            streams.values().forEach(Follower::close);
        }
    }

    /**
     * A closed item's planned duration (ITEM_TIME_PLANNED) on every channel: every role gets the event whole, the
     * item's id and its minutes, since the public's expected times of the coming items depend on it; the event
     * carries no title, and the item's hidden title reaches the members and the secretariat only.
     */
    @Test
    void aClosedItemsTimePlanReachesEveryRoleAndItsHiddenTitleOnlyInsiders() {
        Api api = new Api(port);
        String hiddenTitle = "SKJULT-TIDSPLAN-" + UUID.randomUUID();
        ApiMeeting meeting = ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "Tidsplan og lukket punkt %d", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [{"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Velkomst", "visibility": "OPEN", "plannedMinutes": 10},
                           {"number": 2, "title": "%s", "visibility": "CLOSED", "hideTitle": true}]}
                """.formatted(System.nanoTime() % 1_000_000, ImportedMeetings.nextStartsAt(), hiddenTitle));
        String closed = meeting.itemId(1);
        Map<Role, Follower> streams = new LinkedHashMap<>();
        ROLES.forEach(role -> streams.put(role, Follower.following(port, meeting.id(),
                role.username() == null ? null : role.username() + ":demo")));
        try {
            HttpResponse<String> planned = api.put(meeting.path("/items/" + closed + "/time-plan"),
                    "{\"plannedMinutes\": 25}", ScriptedMeeting.SECRETARIAT);
            assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
            long lastSeq = Api.json(planned).get("lastSeq").asLong();
            streams.values().forEach(stream -> stream.awaitSeq(lastSeq));

            for (Role role : ROLES) {
                Map<String, List<JsonNode>> channels = new LinkedHashMap<>();
                List<JsonNode> rest = new ArrayList<>();
                Api.json(api.get(meeting.path("/events?after=0"), role.username())).forEach(rest::add);
                channels.put("REST events", rest);
                channels.put("STOMP", streams.get(role).events().stream().map(Event::json).map(JSON::readTree)
                        .toList());
                channels.forEach((channel, events) -> {
                    String cell = role.name() + " × " + channel;
                    List<JsonNode> plans = events.stream()
                            .filter(event -> "ITEM_TIME_PLANNED".equals(event.get("type").stringValue())).toList();
                    assertThat(plans).as(cell + ": the closed item's time plan").hasSize(1);
                    assertThat(plans.getFirst().get("payload").get("itemId").stringValue()).as(cell)
                            .isEqualTo(closed);
                    assertThat(plans.getFirst().get("payload").get("plannedMinutes").asInt()).as(cell).isEqualTo(25);
                    if (!role.insider()) {
                        assertThat(events.toString()).as(cell + ": the hidden title").doesNotContain(hiddenTitle);
                    }
                });
                JsonNode item = Api.json(api.get(meeting.path("/live"), role.username())).get("meeting").get("items")
                        .get(1);
                assertThat(item.get("plannedMinutes").asInt()).as(role.name() + " × REST live snapshot")
                        .isEqualTo(25);
                assertThat(item.get("title").isNull()).as(role.name() + " × REST live snapshot: no title")
                        .isEqualTo(!role.insider());
                assertThat(item.toString().contains(hiddenTitle)).as(role.name() + " × REST live snapshot: the title")
                        .isEqualTo(role.insider());
            }
            assertThat(api.get("/live/" + meeting.id(), null).body()).as("public page /live")
                    .doesNotContain(hiddenTitle);
        } finally {
            streams.values().forEach(Follower::close);
        }
    }

    /**
     * Bilag changed after the agenda was sent out, on every channel: members and the secretariat see every
     * change, marked on its item; the public sees nothing of a closed Bilag or of any Bilag of a closed item (not
     * even that it changed), a Bilag opened as added and one closed as removed, its name no longer kept.
     */
    @Test
    void bilagChangesAfterPublicationReachEachRoleAsTheRulesSay() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        Api api = new Api(port);
        ScriptedMeeting meeting = ScriptedMeeting.importInto(api, "Erhvervsrådet", 3);
        String marker = meeting.closedMarker();
        String soonClosed = "Snart-lukket-" + UUID.randomUUID().toString().substring(0, 8);
        List<AgendaItem> items = journal.get(meeting.id()).items();
        String openItem = items.get(0).id();
        String closedItem = items.get(2).id();
        Map<Role, Follower> streams = new LinkedHashMap<>();
        ROLES.forEach(role -> streams.put(role, Follower.following(port, meeting.id(),
                role.username() == null ? null : role.username() + ":demo")));
        try {
            String replacedOpen = addBilag(meeting.id(), openItem, "Aabent-bilag", Visibility.OPEN);
            String closing = addBilag(meeting.id(), openItem, soonClosed, Visibility.OPEN);
            String closed = addBilag(meeting.id(), openItem, marker + "-lukket", Visibility.CLOSED);
            String opened = addBilag(meeting.id(), openItem, "Senere-aabnet", Visibility.CLOSED);
            bilag.rename(meeting.id(), openItem, closed, marker + "-omdoebt", ImportedMeetings.SECRETARIAT);
            bilag.replace(meeting.id(), openItem, closed, upload(marker), ImportedMeetings.SECRETARIAT);
            bilag.replace(meeting.id(), openItem, replacedOpen, upload("Ny-udgave"), ImportedMeetings.SECRETARIAT);
            addBilag(meeting.id(), closedItem, marker + "-punktbilag", Visibility.OPEN);
            long openedSeq = bilag.setVisibility(meeting.id(), openItem, opened, Visibility.OPEN,
                    ImportedMeetings.SECRETARIAT).lastSeq();
            long lastSeq = bilag.setVisibility(meeting.id(), openItem, closing, Visibility.CLOSED,
                    ImportedMeetings.SECRETARIAT).lastSeq();
            streams.values().forEach(stream -> stream.awaitSeq(lastSeq));

            for (Role role : ROLES) {
                Map<String, String> channels = new LinkedHashMap<>();
                channels.put("REST meeting", api.get("/api/meetings/" + meeting.id(), role.username()).body());
                channels.put("REST events", api.get("/api/meetings/" + meeting.id() + "/events?after=0",
                        role.username()).body());
                channels.put("REST live snapshot", api.get("/api/meetings/" + meeting.id() + "/live",
                        role.username()).body());
                channels.put("Vaadin live page", vaadinPageAs(role, meeting.id()));
                if (!role.insider()) {
                    // Whoever is logged in is sent on from the public's page to the Vaadin page above.
                    channels.put("public page /live", api.get("/live/" + meeting.id(), null).body());
                }
                channels.put(role.insider() ? "STOMP full topic" : "STOMP public topic",
                        streams.get(role).events().stream().map(Event::json).collect(Collectors.joining("\n")));
                channels.forEach((channel, seen) -> {
                    String cell = role.name() + " × " + channel;
                    assertThat(seen).as(cell).contains("Senere-aabnet");
                    if (role.insider()) {
                        assertThat(seen).as(cell + " shows the closed Bilag's changes").contains(marker + "-omdoebt",
                                marker + "-punktbilag");
                    } else {
                        assertThat(seen).as(cell + ": nothing of a closed Bilag").doesNotContain(marker, closed);
                    }
                    if (!role.insider() && !channel.startsWith("STOMP")) {
                        // The live stream saw it added while it was open; everything read now has forgotten it.
                        assertThat(seen).as(cell + ": a Bilag closed keeps no name").doesNotContain(soonClosed);
                    }
                });
                String minutes = api.get("/api/meetings/" + meeting.id() + "/minutes?format=md&lang=da",
                        role.username()).body();
                assertThat(minutes).as(role.name() + " × minutes: the marks are not in them")
                        .contains("Punkt 0").doesNotContain("Bilag tilføjet", "Bilag erstattet", "Bilag fjernet");
                String page = channels.get("Vaadin live page");
                assertThat(page).as(role.name() + " × marks").contains("Bilag erstattet", "Bilag tilføjet");
                if (role.insider()) {
                    assertThat(page).contains("Bilag omdøbt", "Bilag gjort åbent", "Bilag gjort lukket");
                } else {
                    assertThat(page).contains("Bilag fjernet").doesNotContain("Bilag omdøbt", "Bilag gjort");
                }
            }
            List<Event> publicEvents = streams.get(ROLES.getFirst()).events();
            assertThat(publicEvents).as("the public stream has no event naming a Bilag it may not see")
                    .extracting(Event::type).doesNotContain("ATTACHMENT_RENAMED", "ATTACHMENT_VISIBILITY_SET");
            assertThat(publicEvents).filteredOn(event -> event.seq() == openedSeq).singleElement()
                    .satisfies(event -> assertThat(event.type()).isEqualTo("ATTACHMENTS_ADDED"))
                    .satisfies(event -> assertThat(event.json()).contains(opened, "Senere-aabnet"));
            assertThat(publicEvents).filteredOn(event -> event.seq() == lastSeq).singleElement()
                    .satisfies(event -> assertThat(event.type()).isEqualTo("ATTACHMENT_REMOVED"))
                    .satisfies(event -> assertThat(event.json()).contains(closing));
        } finally {
            streams.values().forEach(Follower::close);
        }
    }

    private String addBilag(String meetingId, String itemId, String name, Visibility visibility) {
        Meeting after = bilag.add(meetingId, itemId, List.of(upload(name)), visibility, ImportedMeetings.SECRETARIAT);
        return after.item(itemId).orElseThrow().attachments().getLast().id();
    }

    private static BilagUpload upload(String name) {
        return new BilagUpload(name + ".pdf", TestPdfs.pages(1, name));
    }

    /**
     * The closed item's content by kind. The live streams carry only what happens after subscribing: the
     * decision; the agenda's sections reach them through the snapshot, which has its own row.
     */
    private static Map<String, String> closedContent(String marker, String channel) {
        Map<String, String> content = new LinkedHashMap<>();
        if (!channel.startsWith("STOMP")) {
            content.put("sections", marker + "-sektion-2");
            content.put("closed attachments", marker + "-bilag-2");
        }
        content.put("internal decision text", marker + "-beslutning-2");
        content.put("dissent", marker + "-mindretal-2");
        return content;
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
