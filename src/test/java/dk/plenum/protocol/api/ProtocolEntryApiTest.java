package dk.plenum.protocol.api;

import static dk.plenum.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.protocol.ProtocolEntryService;
import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.MinutesText;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Protocol entries over the API: who may ask for one and when, who accepts or refuses it, every refusal a
 * problem+json that appends nothing, retries and two secretaries at once, and the minutes in every format.
 */
@PlenumTest
class ProtocolEntryApiTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final String METTE = "mette";
    private static final String LASSE = "lasse";
    private static final String KIRSTEN = "kirsten";
    private static final String THOMAS = "thomas";
    private static final int KIRSTEN_INDEX = 1;
    private static final int THOMAS_INDEX = 2;
    private static final int OPEN_ITEM = 0;
    private static final int CLOSED_ITEM = 1;
    private static final int LATER_ITEM = 2;

    @LocalServerPort
    int port;

    private Api api;
    private ApiMeeting meeting;

    @BeforeEach
    void aRunningMeetingWithKirstenAndTheChairPresent() {
        api = new Api(port);
        meeting = ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "Protokolmøde %d", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Erhvervsstrategi", "visibility": "OPEN"},
                           {"number": 2, "title": "Grundsalg", "visibility": "CLOSED"},
                           {"number": 3, "title": "Eventuelt", "visibility": "OPEN"}]}
                """.formatted(System.nanoTime() % 1_000_000, ImportedMeetings.nextStartsAt()));
        ok(meeting.post("/start", "", SECRETARIAT));
        present(KIRSTEN_INDEX, KIRSTEN);
        present(0, LASSE);
        current(OPEN_ITEM);
    }

    @Test
    void aMemberTakingPartAsksAndTheSecretariatAcceptsOnce() {
        JsonNode asked = Api.json(request(OPEN_ITEM, "  Jeg kan ikke støtte indstillingen.  ", KIRSTEN));
        JsonNode entry = asked.get("protocolEntries").get(0);
        assertThat(entry.get("state").stringValue()).isEqualTo("PENDING");
        assertThat(entry.get("text").stringValue()).isEqualTo("Jeg kan ikke støtte indstillingen.");
        assertThat(entry.get("memberId").stringValue()).isEqualTo(meeting.memberId(KIRSTEN_INDEX));

        JsonNode accepted = Api.json(ok(meeting.post("/protocol-entries/" + id(entry) + "/accept", "", SECRETARIAT)));
        assertThat(accepted.get("protocolEntries").get(0).get("state").stringValue()).isEqualTo("ACCEPTED");

        long before = meeting.lastSeq();
        assertRefused(meeting.post("/protocol-entries/" + id(entry) + "/accept", "", SECRETARIAT), 409,
                "This protocol entry has already been accepted.");
        assertRefused(meeting.post("/protocol-entries/" + id(entry) + "/refuse", "{\"note\": \"Nej\"}", SECRETARIAT),
                409, "This protocol entry has already been accepted.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);
    }

    @Test
    void everyRefusalIsAProblemAndAppendsNothing() {
        String entryId = id(Api.json(request(OPEN_ITEM, "Til protokollen", KIRSTEN)).get("protocolEntries").get(0));
        long before = meeting.lastSeq();

        assertRefused(request(OPEN_ITEM, "Jeg er ikke til stede", THOMAS), 403,
                "Only a member who takes part in the meeting (present, and seated if a substitute) can ask for a "
                        + "protocol entry.");
        assertRefused(request(OPEN_ITEM, "   ", KIRSTEN), 400, "The text must not be empty.");
        assertRefused(request(OPEN_ITEM, "x".repeat(ProtocolEntryService.MAX_TEXT + 1), KIRSTEN), 400,
                "The text must be at most 1,000 characters.");
        assertRefused(request(LATER_ITEM, "For tidligt", KIRSTEN), 409,
                "Item 3 is neither under discussion nor treated yet: ask for a protocol entry during the item or "
                        + "after it.");
        assertRefused(meeting.post("/items/no-such-item/protocol-entries", "{\"text\": \"Hvor?\"}", KIRSTEN), 404,
                "The meeting has no item no-such-item.");
        assertRefused(meeting.post("/protocol-entries/" + entryId + "/accept", "", KIRSTEN), 403,
                "Only the secretariat or the chair can accept or refuse protocol entries.");
        assertRefused(meeting.post("/protocol-entries/" + entryId + "/refuse", "{\"note\": \"\"}", SECRETARIAT), 400,
                "The note must not be empty.");
        assertRefused(meeting.post("/protocol-entries/no-such-entry/accept", "", SECRETARIAT), 404,
                "This meeting has no such protocol entry.");
        assertThat(api.post(meeting.path("/items/" + meeting.itemId(OPEN_ITEM) + "/protocol-entries"),
                "{\"text\": \"Anonym\"}", null).statusCode()).as("the public asks for nothing").isIn(401, 403);

        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);
    }

    @Test
    void aMemberInhabilOnTheItemIsRefusedAnEntryOnItAndStillAsksOnOtherItems() {
        ok(api.put(meeting.path("/items/" + meeting.itemId(OPEN_ITEM) + "/conflicts/" + meeting.memberId(KIRSTEN_INDEX)),
                "", KIRSTEN));
        long before = meeting.lastSeq();

        assertRefused(request(OPEN_ITEM, "Jeg er inhabil", KIRSTEN), 409,
                "You are inhabil on item 1 and take no part in it, so you cannot ask for a protocol entry on it.");
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);

        current(LATER_ITEM);
        assertThat(Api.json(ok(request(LATER_ITEM, "Til punkt 3", KIRSTEN))).get("protocolEntries")).hasSize(1);
    }

    @Test
    void theChairRefusesWithANoteAndTheAuthorSeesItButOtherMembersDoNot() {
        String entryId = id(Api.json(request(OPEN_ITEM, "Min udtalelse", KIRSTEN)).get("protocolEntries").get(0));
        present(THOMAS_INDEX, THOMAS);

        JsonNode refused = Api.json(ok(meeting.post("/protocol-entries/" + entryId + "/refuse",
                "{\"note\": \"Hører under punkt 3\"}", LASSE)));
        JsonNode forChair = refused.get("protocolEntries");
        assertThat(forChair).as("the chair is a member: other members' refused entries are not in his answer")
                .isEmpty();
        JsonNode forAuthor = Api.json(api.get(meeting.path(""), KIRSTEN)).get("protocolEntries").get(0);
        assertThat(forAuthor.get("state").stringValue()).isEqualTo("REFUSED");
        assertThat(forAuthor.get("refusalNote").stringValue()).isEqualTo("Hører under punkt 3");
        assertThat(Api.json(api.get(meeting.path(""), THOMAS)).get("protocolEntries")).isEmpty();
        assertThat(Api.json(present(THOMAS_INDEX, THOMAS)).get("protocolEntries"))
                .as("nor in the answer to his own command").isEmpty();
    }

    @Test
    void anEntryOnATreatedItemIsTakenUntilTheMinutesAreApproved() {
        current(CLOSED_ITEM);
        String open = id(Api.json(request(OPEN_ITEM, "Efter punktet: jeg stemte imod.", KIRSTEN))
                .get("protocolEntries").get(0));
        String closed = id(Api.json(request(CLOSED_ITEM, "Lukket udtalelse", KIRSTEN))
                .get("protocolEntries").get(1));
        ok(meeting.post("/close", "", SECRETARIAT));
        String afterClose = id(Api.json(request(OPEN_ITEM, "Skrevet efter mødet", KIRSTEN))
                .get("protocolEntries").get(2));
        ok(meeting.post("/protocol-entries/" + open + "/accept", "", SECRETARIAT));
        ok(meeting.post("/protocol-entries/" + closed + "/accept", "", SECRETARIAT));

        String en = "Kirsten Møller Thomsen asked for the following to be entered in the minutes: "
                + "Efter punktet: jeg stemte imod.";
        String da = "Kirsten Møller Thomsen ønskede følgende tilført protokollen: Efter punktet: jeg stemte imod.";
        assertThat(minutes("md", "da", SECRETARIAT)).contains(da);
        assertThat(minutes("md", "en", SECRETARIAT)).contains(en);
        assertThat(minutes("html", "da", null)).contains(da).doesNotContain("Lukket udtalelse");
        assertThat(minutes("html", "en", KIRSTEN)).contains(en)
                .contains("Kirsten Møller Thomsen asked for the following to be entered in the minutes: "
                        + "Lukket udtalelse");
        assertThat(minutes("pdf", "da", SECRETARIAT)).contains(da).doesNotContain("Skrevet efter mødet");

        ok(meeting.post("/minutes/approve", "", SECRETARIAT));
        long before = meeting.lastSeq();
        String approved = "The minutes of this meeting are approved: protocol entries can no longer be added, "
                + "accepted or refused.";
        assertRefused(request(OPEN_ITEM, "For sent", KIRSTEN), 409, approved);
        assertRefused(meeting.post("/protocol-entries/" + afterClose + "/accept", "", SECRETARIAT), 409, approved);
        assertThat(meeting.lastSeq()).as("nothing appended").isEqualTo(before);
    }

    @Test
    void aRetriedRequestIsStoredOnce() {
        String path = meeting.path("/items/" + meeting.itemId(OPEN_ITEM) + "/protocol-entries");
        HttpResponse<String> first = api.command("POST", path, "{\"text\": \"Én gang\"}", KIRSTEN, "tilfoersel-1");
        HttpResponse<String> retried = api.command("POST", path, "{\"text\": \"Én gang\"}", KIRSTEN, "tilfoersel-1");
        ok(first);
        ok(retried);
        assertThat(Api.json(retried).get("protocolEntries")).hasSize(1);
        assertThat(Api.json(api.get(meeting.path(""), SECRETARIAT)).get("protocolEntries")).hasSize(1);
    }

    @Test
    void twoSecretariesDecidingAtOnceLoseNothing() throws Exception {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            JsonNode all = Api.json(request(OPEN_ITEM, "Udtalelse " + i, KIRSTEN)).get("protocolEntries");
            entries.add(id(all.get(all.size() - 1)));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> decisions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            String secretary = i % 2 == 0 ? SECRETARIAT : METTE;
            decisions.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(start);
                return meeting.post("/protocol-entries/" + entry + "/accept", "", secretary);
            }));
        }
        start.countDown();
        decisions.forEach(decision -> ok(decision.join()));

        JsonNode stored = Api.json(api.get(meeting.path(""), SECRETARIAT)).get("protocolEntries");
        assertThat(stored).hasSize(entries.size());
        stored.forEach(entry -> assertThat(entry.get("state").stringValue()).isEqualTo("ACCEPTED"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> request(int item, String text, String user) {
        return meeting.post("/items/" + meeting.itemId(item) + "/protocol-entries",
                "{\"text\": \"" + text + "\"}", user);
    }

    private HttpResponse<String> present(int memberIndex, String user) {
        return ok(meeting.post("/attendance", "{\"memberId\": \"%s\", \"status\": \"PRESENT\"}"
                .formatted(meeting.memberId(memberIndex)), user));
    }

    private void current(int item) {
        ok(meeting.post("/current-item", "{\"itemId\": \"" + meeting.itemId(item) + "\"}", SECRETARIAT));
    }

    private static String id(JsonNode entry) {
        return entry.get("id").stringValue();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private String minutes(String format, String lang, String user) {
        return MinutesText.of(api, meeting.id(), format, lang, user);
    }
}
