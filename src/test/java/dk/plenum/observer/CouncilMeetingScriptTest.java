package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.attendance.AttendanceService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.AccountService.NewAccount;
import dk.plenum.support.Api;
import dk.plenum.support.MinutesText;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PartyCouncils;
import dk.plenum.support.PlenumTest;
import examples.ObserverClient.Event;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13's council procedure as one scripted meeting over the HTTP API, followed on the public, a member's and the
 * secretariat's STOMP stream: an inhabilitet, a speaker list with a reply and a speaking time, protocol entries on an
 * open and a closed item, a vote by groups, a unanimous one, an electronic vote and a
 * secret ballot from the tablets, dissent, a quorum break and a decision confirmed
 * without quorum. Every stream gets every event once and in order; the minutes print each of them in every format and
 * both languages; the public's stream and edition hold nothing of the closed item.
 */
@PlenumTest
class CouncilMeetingScriptTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final String PASSWORD = "talerlisten-og-stemmerne";
    private static final String OPEN_ENTRY = "Jeg ønsker havnens grønne områder bevaret.";
    private static final String CLOSED_ENTRY = "LUKKET-TILFOERSEL-5521 om køberen";

    @LocalServerPort
    int port;

    @Autowired
    PartyCouncils partyCouncils;
    @Autowired
    AttendanceService attendance;
    @Autowired
    AccountService accounts;

    private Api api;
    private PartyCouncil council;

    @Test
    void everyStepReachesEveryStreamAndIsPrintedInTheMinutesAsTheRulesAllow() {
        api = new Api(port);
        council = partyCouncils.create();
        for (String name : List.of("Anna", "Bo")) {
            accounts.create(PartyCouncil.SECRETARY, new NewAccount(username(name), AccountRole.MEMBER,
                    council.meeting.councilId(), council.memberId(name)), PASSWORD);
        }
        Map<String, Follower> streams = new LinkedHashMap<>();
        streams.put("public", Follower.following(port, council.id, null));
        streams.put("member", Follower.following(port, council.id, username("Anna") + ":" + PASSWORD));
        streams.put("secretariat", Follower.following(port, council.id, SECRETARIAT + ":demo"));
        long firstSeq = lastSeq();
        try {
            ok(api.put(path("/speaking-time"), "{\"seconds\": 120}", SECRETARIAT));
            ok(api.put(item(council.openItem, "/conflicts/" + council.memberId("Bo")), "", SECRETARIAT));

            ok(asAnna(item(council.openItem, "/speakers"), "{}"));
            ok(secretariat(item(council.openItem, "/floor"), ""));
            ok(secretariat(item(council.openItem, "/speakers"), member("Cecilie", false)));
            JsonNode speakers = json(secretariat(item(council.openItem, "/speakers"), member("Dorte", true)))
                    .get("speakers").get("lists").get(0);
            assertThat(speakers.get("floor").get("memberId").stringValue()).isEqualTo(council.memberId("Anna"));
            assertThat(speakers.get("floor").get("limitSeconds").intValue()).isEqualTo(120);
            assertThat(speakers.get("queue").findValuesAsString("memberId")).as("the reply jumps the queue")
                    .containsExactly(council.memberId("Dorte"), council.memberId("Cecilie"));
            assertThat(api.postWithPassword(item(council.openItem, "/speakers"), "{}", username("Bo"), PASSWORD)
                    .statusCode()).as("Bo, inhabil, asks to speak on the item").isEqualTo(409);

            acceptedEntry(council.openItem, OPEN_ENTRY);
            ok(secretariat(item(council.openItem, "/vote"),
                    "{\"groups\": {\"A\": \"FOR\", \"V\": \"AGAINST\", \"F\": \"ABSTAIN\"}}"));
            ok(secretariat(item(council.openItem, "/decision"), """
                    {"outcome": "APPROVED", "text": "Lokalplanen vedtages.", "dissentingParties": ["V"]}"""));

            ok(secretariat(path("/current-item"), "{\"itemId\": \"" + council.closedItem + "\"}"));
            acceptedEntry(council.closedItem, CLOSED_ENTRY);
            ok(secretariat(item(council.closedItem, "/vote"), "{\"unanimous\": true}"));
            ok(secretariat(item(council.closedItem, "/decision"), """
                    {"outcome": "APPROVED", "text": "Grunden sælges.", "publicText": "Sagen blev behandlet."}"""));

            String election = lateItem("Valg af næstformand");
            ok(secretariat(item(election, "/ballot"), "{\"secret\": true}"));
            ballot(election, "Anna", "FOR");
            ballot(election, "Bo", "AGAINST");
            assertThat(secretariat(item(election, "/ballot/votes"), null).statusCode())
                    .as("a secret ballot's ballots, asked for by the secretariat").isEqualTo(409);
            ok(secretariat(item(election, "/ballot/close"), ""));
            String lateItem = lateItem("Eventuelt");
            ok(secretariat(item(lateItem, "/ballot"), "{\"secret\": false}"));
            ballot(lateItem, "Anna", "FOR");
            ballot(lateItem, "Bo", "ABSTAIN");
            ok(secretariat(item(lateItem, "/ballot/close"), ""));

            for (String name : List.of("Dorte", "Erik", "Frida")) {
                ok(secretariat(path("/attendance"), "{\"memberId\": \"%s\", \"status\": \"LEFT\"}"
                        .formatted(council.memberId(name))));
            }
            String decision = "{\"outcome\": \"APPROVED\", \"text\": \"Dagsordenen godkendt.\"%s}";
            assertThat(secretariat(item(lateItem, "/decision"), decision.formatted("")).statusCode())
                    .as("a decision while quorum is broken asks for confirmation").isEqualTo(409);
            assertThat(json(secretariat(item(lateItem, "/decision"),
                    decision.formatted(", \"confirmWithoutQuorum\": true"))).get("items").get(3).get("decision")
                    .get("withoutQuorum").booleanValue()).isTrue();
            ok(secretariat(path("/close"), ""));

            long lastSeq = lastSeq();
            for (Map.Entry<String, Follower> stream : streams.entrySet()) {
                stream.getValue().awaitSeq(lastSeq);
                stream.getValue().assertGapFree(firstSeq, lastSeq);
                assertThat(stream.getValue().client().logReads()).as(stream.getKey() + ": the log read once, at the "
                        + "subscription's receipt, not for each ballot the audience is not sent").isEqualTo(1);
                List<String> received = stream.getValue().events().stream().map(Event::json).toList();
                assertThat(received).as(stream.getKey() + ": who has voted, ballot by ballot")
                        .filteredOn(event -> event.contains("\"type\":\"BALLOT_CAST\""))
                        .hasSize(stream.getKey().equals("public") ? 0 : 4);
                assertThat(String.join("\n", received)).as(stream.getKey())
                        .contains(OPEN_ENTRY, "VOTE_RECORDED", "SPEAKER", "BALLOT_CLOSED")
                        .as(stream.getKey() + ": Bo's secret choice").doesNotContain("\"choice\":\"AGAINST\"");
                // The public learns that the closed item is current, and its public decision text, nothing more.
                List<String> closed = List.of(CLOSED_ENTRY, "Grunden sælges", "UNANIMOUS");
                if (stream.getKey().equals("public")) {
                    assertThat(received).as("the public stream's events about the closed item")
                            .filteredOn(event -> closed.stream().anyMatch(event::contains)).isEmpty();
                } else {
                    assertThat(String.join("\n", received)).as(stream.getKey()).contains(CLOSED_ENTRY,
                            council.closedItem);
                }
            }
        } finally {
            streams.values().forEach(Follower::close);
        }

        Map<String, List<String>> printed = Map.of(
                "da", List.of("Bo deltog ikke i behandlingen af punktet pga. inhabilitet.",
                        "For stemte 2 (A). Imod stemte 2 (V). Undlod at stemme 1 (F).",
                        "V kan ikke tiltræde indstillingen.",
                        "Anna ønskede følgende tilført protokollen: " + OPEN_ENTRY,
                        "Beslutningen blev truffet, uden at rådet var beslutningsdygtigt.",
                        "Ved hemmelig afstemning stemte 1 for, 1 imod og 0 undlod at stemme. 4 stemte ikke.",
                        "For stemte 1 (Anna). Undlod at stemme 1 (Bo). 4 stemte ikke."),
                "en", List.of("Bo did not take part in the item due to a conflict of interest.",
                        "In favour 2 (A). Against 2 (V). Abstained 1 (F).",
                        "V cannot support the recommendation.",
                        "Anna asked for the following to be entered in the minutes: " + OPEN_ENTRY,
                        "The decision was made while the council was not quorate.",
                        "By secret ballot 1 voted for, 1 against and 0 abstained. 4 did not vote.",
                        "In favour 1 (Anna). Abstained 1 (Bo). 4 did not vote."));
        Map<String, String> closedVote = Map.of("da", "Enstemmigt vedtaget (6 stemte for).",
                "en", "Adopted unanimously (6 in favour).");
        for (String format : List.of("html", "md", "pdf")) {
            for (String lang : List.of("da", "en")) {
                String edition = format + ", " + lang;
                assertThat(MinutesText.of(api, council.id, format, lang, null)).as("the public's " + edition)
                        .contains(printed.get(lang))
                        .doesNotContain(CLOSED_ENTRY, closedVote.get(lang), "Grunden sælges");
                assertThat(MinutesText.of(api, council.id, format, lang, SECRETARIAT)).as("the members' " + edition)
                        .contains(printed.get(lang)).contains(CLOSED_ENTRY, closedVote.get(lang), "Grunden sælges");
            }
        }
    }

    /** Anna asks for the entry on her tablet and the secretariat accepts it. */
    private void acceptedEntry(String itemId, String text) {
        JsonNode entries = json(asAnna(item(itemId, "/protocol-entries"), "{\"text\": \"" + text + "\"}"))
                .get("protocolEntries");
        ok(secretariat(path("/protocol-entries/" + entries.get(entries.size() - 1).get("id").stringValue()
                + "/accept"), ""));
    }

    /** A late item at the end of the agenda; returns its id. */
    private String lateItem(String title) {
        JsonNode items = json(secretariat(path("/items"), "{\"title\": \"%s\", \"visibility\": \"OPEN\"}"
                .formatted(title))).get("items");
        return items.get(items.size() - 1).get("id").stringValue();
    }

    /** The member casts their ballot from the tablet. */
    private void ballot(String itemId, String name, String choice) {
        ok(api.postWithPassword(item(itemId, "/ballot/votes"), "{\"choice\": \"" + choice + "\"}", username(name),
                PASSWORD));
    }

    private String member(String name, boolean reply) {
        return "{\"memberId\": \"%s\", \"reply\": %s}".formatted(council.memberId(name), reply);
    }

    private HttpResponse<String> asAnna(String path, String body) {
        return ok(api.postWithPassword(path, body, username("Anna"), PASSWORD));
    }

    /** A POST, or with no body a GET, as the secretariat. */
    private HttpResponse<String> secretariat(String path, String body) {
        return body == null ? api.get(path, SECRETARIAT) : api.post(path, body, SECRETARIAT);
    }

    private long lastSeq() {
        return json(ok(api.get(path(""), SECRETARIAT))).get("lastSeq").longValue();
    }

    private String username(String name) {
        return name.toLowerCase() + "-" + council.id.substring(0, 8);
    }

    private String path(String suffix) {
        return "/api/meetings/" + council.id + suffix;
    }

    private String item(String itemId, String suffix) {
        return path("/items/" + itemId + suffix);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Api.json(ok(response));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
