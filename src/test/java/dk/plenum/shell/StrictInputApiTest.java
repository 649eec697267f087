package dk.plenum.shell;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Text that would break a view, an export or a parser is refused at the door with a 400 naming the
 * field, in every command and in the import, and the command changes nothing: non-characters (a decision
 * with U+FFFE broke the PDF minutes for everyone), control characters, half a surrogate pair. So is JSON
 * that says something other than the client may think: a number for a text, a key given twice.
 * The bodies below spell characters as JSON escapes, so that they reach the server exactly.
 */
@PlenumTest
class StrictInputApiTest {

    private static final String SECRETARIAT = "sekretariat";

    @LocalServerPort
    int port;

    private Api api;
    private String meetingId;
    private String decision;

    @BeforeEach
    void aLiveMeeting() {
        api = new Api(port);
        long unique = System.nanoTime() % 1_000_000;
        ApiMeeting created = ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "Inputmøde %d", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                 "items": [{"number": 1, "title": "Lukket sag", "visibility": "CLOSED"}]}
                """.formatted(unique, ImportedMeetings.nextStartsAt()));
        meetingId = created.id();
        String item = created.itemId(0);
        decision = "/api/meetings/" + meetingId + "/items/" + item + "/decision";
        assertThat(api.post("/api/meetings/" + meetingId + "/start", "", SECRETARIAT).statusCode()).isEqualTo(200);
    }

    @Test
    void everyTextFieldOfADecisionRefusesNonCharactersAndControlCharacters() {
        assertRefusedNamingField(decide("\"text\": \"Godkendt \\uFFFE.\""), "text", "U+FFFE");
        assertRefusedNamingField(decide("\"text\": \"Godkendt.\", \"publicText\": \"Offentlig \\uFFFF\""),
                "publicText", "U+FFFF");
        assertRefusedNamingField(decide("\"text\": \"Godkendt.\", \"dissent\": \"Ring \\u0007\""), "dissent",
                "U+0007");
        assertRefusedNamingField(decide("\"text\": \"\\uFDD0\""), "text", "U+FDD0");
        assertRefusedNamingField(decide("\"text\": \"Halvt par \\uD83D.\""), "text", "U+D83D");
        assertRefusedNamingField(decide("\"text\": \"Plan 16 \\uDBFF\\uDFFF\""), "text", "U+10FFFF");
        assertRefusedNamingField(decide("\"text\": \"\\u0000\""), "text", "U+0000");
        assertRefusedNamingField(decide("\"text\": \"\\u0000\\u0000\\u0000\""), "text", "U+0000");
        assertNothingStored();
    }

    @Test
    void lineBreaksTabsAndAnyRealCharacterAreAccepted() {
        HttpResponse<String> recorded = decide(
                "\"text\": \"Godkendt:\\r\\n\\t- æøå ÆØÅ \\uD83D\\uDE00 \\u00A0 \\u200B.\"");

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(json(recorded).get("items").get(0).get("decision").get("text").stringValue())
                .isEqualTo("Godkendt:\r\n\t- æøå ÆØÅ \uD83D\uDE00 \u00A0 \u200B.");
    }

    @Test
    void aLateItemAndAnAccountRefuseTheSameCharacters() {
        String items = "/api/meetings/" + meetingId + "/items";
        assertRefusedNamingField(api.post(items, "{\"title\": \"Sag\\u001B[31m\"}", SECRETARIAT), "title", "U+001B");
        assertRefusedNamingField(api.post(items, "{\"title\": \"Sag\", \"presenter\": \"\\uFFFF\"}", SECRETARIAT),
                "presenter", "U+FFFF");
        assertRefusedNamingField(api.post(items, "{\"title\": \"Sag\", \"recommendation\": \"\\u0085\"}",
                SECRETARIAT), "recommendation", "U+0085");
        assertNothingStored();
        assertRefusedNamingField(api.post("/api/accounts",
                "{\"username\": \"ny\\u0000\", \"password\": \"et langt kodeord\", \"role\": \"SECRETARIAT\"}",
                SECRETARIAT), "username", "U+0000");
    }

    @Test
    void anImportNamesEveryFieldWithACharacterItCannotStore() {
        HttpResponse<String> refused = api.post("/api/meetings/import", """
                {"council": "Erhvervsrådet", "title": "Møde \\uFFFE", "kind": "ORDINARY",
                 "startsAt": "2033-01-01T10:00:00+01:00",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                 "items": [{"number": 1, "title": "Sag", "visibility": "OPEN",
                            "sections": [{"heading": "Indstilling", "body": "Tekst \\u0000"}]}]}
                """, SECRETARIAT);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(refused).get("errors").values()).extracting(error -> error.get("field").stringValue())
                .containsExactlyInAnyOrder("title", "items[0].sections[0].body");
        assertThat(refused.body()).contains("U+FFFE", "U+0000");
    }

    @Test
    void aNumberForATextADuplicateKeyOrANumberForAChoiceIs400() {
        assertProblem(decide("\"text\": 5"), 400);
        assertProblem(decide("\"text\": true"), 400);
        assertProblem(decide("\"text\": 1.5"), 400);
        assertProblem(decide("\"text\": \"Godkendt.\", \"text\": \"Forkastet.\""), 400);
        assertProblem(api.post(decision, "{\"outcome\": 0, \"text\": \"Godkendt.\"}", SECRETARIAT), 400);
        assertProblem(api.post("/api/meetings/" + meetingId + "/items",
                "{\"title\": \"Sag\", \"title\": \"Anden sag\"}", SECRETARIAT), 400);
        assertNothingStored();

        HttpResponse<String> twiceInAnImport = api.post("/api/meetings/import", """
                {"council": "Erhvervsrådet", "title": "Møde", "title": "Andet møde", "kind": "ORDINARY",
                 "startsAt": "2033-01-02T10:00:00+01:00", "members": [], "items": []}
                """, SECRETARIAT);
        assertProblem(twiceInAnImport, 400);
    }

    private HttpResponse<String> decide(String fields) {
        return api.post(decision, "{\"outcome\": \"APPROVED\", " + fields + "}", SECRETARIAT);
    }

    private void assertNothingStored() {
        JsonNode meeting = json(api.get("/api/meetings/" + meetingId, SECRETARIAT));
        assertThat(meeting.get("lastSeq").asLong()).as("only scheduled and started").isEqualTo(2);
    }

    private static void assertRefusedNamingField(HttpResponse<String> refused, String field, String character) {
        assertProblem(refused, 400);
        assertThat(json(refused).get("code").stringValue()).isEqualTo("refused.textCharacter");
        assertThat(json(refused).get("detail").stringValue()).contains("The " + field + " ", character);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
