package dk.plenum.notes.api;

import static dk.plenum.support.Problems.assertProblem;
import static dk.plenum.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.bilag.TestPdfs;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Visibility;
import dk.plenum.notes.NotesService;
import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.MinutesText;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.RawStompSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * A member's notes over the API, and over every other channel: only their own login reads or changes them (another
 * member, the secretariat and the public get nothing, each with its problem+json), bad input is refused and stores
 * nothing, and no meeting answer, event, live snapshot, search, minutes or public page carries a note's text. The
 * export holds every item with the author's notes under it, and nobody else's.
 */
@PlenumTest
class NotesApiTest {

    private static final String KIRSTEN = "kirsten";
    private static final String THOMAS = "thomas";
    private static final String PIA = "pia";
    private static final String METTE = "mette";
    private static final String SECRETARIAT = "sekretariat";
    private static final int OPEN_ITEM = 0;
    private static final int CLOSED_ITEM = 2;

    @LocalServerPort
    int port;

    @Autowired
    BilagService bilag;

    @Autowired
    MongoTemplate mongo;

    private Api api;
    private ApiMeeting meeting;
    private String attachmentId;
    /** A word of the test's own, found nowhere in the meeting: where it turns up, a note leaked. */
    private String secret;

    @BeforeEach
    void aMeetingWithABilagOnItsFirstItem() {
        api = new Api(port);
        meeting = ImportedMeetings.importOverApi(api, ImportedMeetings.document("Erhvervsrådet",
                ImportedMeetings.nextStartsAt()));
        Meeting withBilag = bilag.add(meeting.id(), meeting.itemId(OPEN_ITEM), List.of(new BilagUpload("Budget.pdf",
                TestPdfs.pages(3, "Budget"))), Visibility.OPEN, ImportedMeetings.SECRETARIAT);
        attachmentId = withBilag.items().getFirst().attachments().getLast().id();
        secret = "hemmelighed" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aMemberWritesReadsReplacesAndDeletesHerOwnNotes() {
        HttpResponse<String> saved = put(itemNote(CLOSED_ITEM), "Spørg til  " + secret, KIRSTEN);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode note = Api.json(saved);
        assertThat(note.get("itemId").stringValue()).isEqualTo(meeting.itemId(CLOSED_ITEM));
        assertThat(note.get("text").stringValue()).isEqualTo("Spørg til  " + secret);
        assertThat(note.get("attachmentId").isNull()).isTrue();
        assertThat(note.get("savedAt").isNull()).isFalse();
        ok(put(pageNote(2), "Tallet på side 2 passer ikke", KIRSTEN));
        ok(put(itemNote(CLOSED_ITEM), "Ny udgave", KIRSTEN));
        // Kept in MongoDB: one document of her login per place, the later text replacing the earlier.
        assertThat(mongo.find(Query.query(Criteria.where("login").is(KIRSTEN).and("meetingId").is(meeting.id())),
                Document.class, "notes")).extracting(stored -> stored.getString("text"))
                .containsExactlyInAnyOrder("Ny udgave", "Tallet på side 2 passer ikke");

        JsonNode mine = Api.json(ok(api.get(meeting.path("/notes"), KIRSTEN)));
        assertThat(mine.get("notes").valueStream().map(each -> each.get("text").stringValue()).toList())
                .as("in agenda order, the later text replacing the earlier")
                .containsExactly("Tallet på side 2 passer ikke", "Ny udgave");
        assertThat(mine.get("notes").get(0).get("page").asInt()).isEqualTo(2);
        assertThat(Api.json(ok(api.get(meeting.path(pageNote(2)), KIRSTEN))).get("attachmentId").stringValue())
                .isEqualTo(attachmentId);

        assertThat(api.delete(meeting.path(itemNote(CLOSED_ITEM)), KIRSTEN).statusCode()).isEqualTo(204);
        assertRefused(api.get(meeting.path(itemNote(CLOSED_ITEM)), KIRSTEN), 404, "You have no note here.");
        assertThat(api.delete(meeting.path(itemNote(CLOSED_ITEM)), KIRSTEN).statusCode())
                .as("deleting what is gone is no error").isEqualTo(204);
    }

    @Test
    void nobodyButTheAuthorReadsOrChangesANote() {
        ok(put(itemNote(OPEN_ITEM), secret, KIRSTEN));
        ok(put(itemNote(OPEN_ITEM), "Thomas' egen note", THOMAS));

        assertThat(Api.json(ok(api.get(meeting.path("/notes"), THOMAS))).toString()).doesNotContain(secret);
        assertThat(Api.json(ok(api.get(meeting.path(itemNote(OPEN_ITEM)), THOMAS))).get("text").stringValue())
                .isEqualTo("Thomas' egen note");
        assertThat(Api.json(ok(api.get(meeting.path(itemNote(OPEN_ITEM)), KIRSTEN))).get("text").stringValue())
                .as("Thomas wrote his own note, not over hers").isEqualTo(secret);
        for (String secretary : List.of(METTE, SECRETARIAT)) {
            assertRefused(api.get(meeting.path("/notes"), secretary), 403,
                    "Only the council's members keep notes on its meetings.");
            assertRefused(put(itemNote(OPEN_ITEM), "Sekretariatets", secretary), 403,
                    "Only the council's members keep notes on its meetings.");
            assertRefused(api.get(meeting.path("/notes/export?format=md"), secretary), 403,
                    "Only the council's members keep notes on its meetings.");
        }
        for (HttpResponse<String> anonymous : List.of(api.get(meeting.path("/notes"), null),
                api.get(meeting.path(itemNote(OPEN_ITEM)), null), put(itemNote(OPEN_ITEM), "Offentlig", null),
                api.delete(meeting.path(itemNote(OPEN_ITEM)), null),
                api.get(meeting.path("/notes/export?format=md"), null))) {
            assertProblem(anonymous, 401);
        }
        assertThat(Api.json(ok(api.get(meeting.path(itemNote(OPEN_ITEM)), KIRSTEN))).get("text").stringValue())
                .isEqualTo(secret);
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        ok(put(itemNote(OPEN_ITEM), "Før", KIRSTEN));

        assertRefused(put(itemNote(OPEN_ITEM), "x".repeat(NotesService.MAX_TEXT + 1), KIRSTEN), 400,
                "The note must be at most 10,000 characters.");
        assertRefused(put(itemNote(OPEN_ITEM), "  ", KIRSTEN), 400, "The note must not be empty.");
        assertRefused(put(itemNote(OPEN_ITEM), "Nul\u0000tegn", KIRSTEN), 400,
                "The note contains a character that cannot be stored: U+0000 at position 4.");
        assertRefused(put("/notes/items/no-such-item", "Hvor?", KIRSTEN), 404, "The meeting has no item no-such-item.");
        assertRefused(put(pageNote(4), "Side 4 af 3", KIRSTEN), 404, "There is no page 4; the Bilag has 3 pages.");
        assertRefused(api.put("/api/meetings/no-such-meeting/notes/items/x", "{\"text\": \"Hvor?\"}", KIRSTEN), 404,
                "There is no meeting no-such-meeting.");
        assertThat(Api.json(ok(api.get(meeting.path(itemNote(OPEN_ITEM)), KIRSTEN))).get("text").stringValue())
                .isEqualTo("Før");
        // Pia, a substitute not seated, reads the meeting as the public: no note on a closed item, which is not found.
        ok(put(itemNote(OPEN_ITEM), "Pias note", PIA));
        assertRefused(put(itemNote(CLOSED_ITEM), "Pias lukkede note", PIA), 404,
                "The meeting has no item " + meeting.itemId(CLOSED_ITEM) + ".");
    }

    @Test
    void noOtherChannelCarriesANotesText() {
        ok(put(itemNote(OPEN_ITEM), "Åbent punkt: " + secret, KIRSTEN));
        ok(put(itemNote(CLOSED_ITEM), "Lukket punkt: " + secret, KIRSTEN));
        ok(put(pageNote(1), "Bilagsside: " + secret, KIRSTEN));

        for (String reader : java.util.Arrays.asList(KIRSTEN, THOMAS, METTE, SECRETARIAT, null)) {
            List<String> answers = List.of(ok(api.get(meeting.path(""), reader)).body(),
                    ok(api.get(meeting.path("/events"), reader)).body(),
                    ok(api.get(meeting.path("/live"), reader)).body(),
                    ok(api.get("/api/search?q=" + secret, reader)).body(),
                    MinutesText.of(api, meeting.id(), "md", "da", reader),
                    MinutesText.of(api, meeting.id(), "html", "en", reader));
            assertThat(answers).as("as %s", reader).noneMatch(answer -> answer.contains(secret));
            assertThat(Api.json(api.get("/api/search?q=" + secret, reader)).size()).isZero();
        }
        assertThat(ok(api.get("/live/" + meeting.id(), null)).body()).doesNotContain(secret);
    }

    /**
     * Notes written while a member and the public follow the meeting's streams send nothing: the next frame either
     * gets is the next event of the meeting (the start), and it carries no note.
     */
    @Test
    void theLiveStreamsCarryNoNote() {
        String kirstenBasic = "Basic " + java.util.Base64.getEncoder()
                .encodeToString("kirsten:demo".getBytes(StandardCharsets.UTF_8));
        try (RawStompSocket member = RawStompSocket.open(port, java.util.Map.of("Authorization", kirstenBasic), 0);
                RawStompSocket observer = RawStompSocket.subscribed(port, "/topic/meetings/" + meeting.id(), 1, 0)) {
            assertThat(member.connectAndSubscribe("/topic/meetings/" + meeting.id() + "/full")).startsWith("RECEIPT");

            ok(put(itemNote(OPEN_ITEM), "Åbent punkt: " + secret, KIRSTEN));
            ok(put(itemNote(CLOSED_ITEM), "Lukket punkt: " + secret, KIRSTEN));
            ok(put(pageNote(1), "Bilagsside: " + secret, KIRSTEN));
            ok(meeting.post("/start", "", SECRETARIAT));

            for (RawStompSocket follower : List.of(member, observer)) {
                String frame = follower.read();
                while (frame != null && !frame.startsWith("MESSAGE")) {
                    frame = follower.read();
                }
                assertThat(frame).contains("MEETING_STARTED").doesNotContain(secret);
            }
        }
    }

    @Test
    void theExportHoldsEveryItemWithTheAuthorsNotesUnderIt() {
        ok(put(itemNote(OPEN_ITEM), "Husk budgettet\n\n# Ikke en overskrift\nanden linje\n+ ikke en liste", KIRSTEN));
        ok(put(pageNote(3), "Side tre: " + secret, KIRSTEN));
        ok(put(itemNote(CLOSED_ITEM), "Lukket: " + secret, KIRSTEN));
        ok(put(itemNote(OPEN_ITEM), "Thomas' note", THOMAS));

        HttpResponse<String> markdown = ok(api.get(meeting.path("/notes/export?format=md&lang=en"), KIRSTEN));
        assertThat(markdown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(markdown.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("my-notes-2031-");
        assertThat(markdown.body()).startsWith("# My notes\n")
                .contains("## 1. Velkomst\n\n*Open*\n\n### My note\n\nHusk budgettet\n\n\\# Ikke en overskrift  \nanden linje"
                        + "  \n&#43; ikke en liste")
                .contains("### Bilag Budget, page 3\n\nSide tre: " + secret)
                .contains("## 2. Godkendelse af dagsorden\n\n*Open*\n\nNo notes.")
                .contains("## 3. Personalesag\n\n*Closed*\n\n### My note\n\nLukket: " + secret)
                .contains("## 4. Eventuelt")
                .doesNotContain("Thomas");

        HttpResponse<byte[]> pdf = api.getBytes(meeting.path("/notes/export?format=pdf&lang=da"), KIRSTEN);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(MinutesText.pdfText(pdf.body())).contains("Mine noter", "1. Velkomst", "Husk budgettet",
                "Bilag Budget, side 3", "Lukket: " + secret, "Ingen noter.");

        String thomas = ok(api.get(meeting.path("/notes/export?format=md"), THOMAS)).body();
        assertThat(thomas).contains("Thomas' note").doesNotContain(secret).doesNotContain("Husk budgettet");
        assertRefused(api.get(meeting.path("/notes/export?format=docx"), KIRSTEN), 400,
                "Unknown format docx; use html, pdf or md.");
    }

    private String itemNote(int index) {
        return "/notes/items/" + meeting.itemId(index);
    }

    private String pageNote(int page) {
        return "/notes/items/" + meeting.itemId(OPEN_ITEM) + "/attachments/" + attachmentId + "/pages/" + page;
    }

    private HttpResponse<String> put(String suffix, String text, String user) {
        String body = "{\"text\": " + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text)
                + "}";
        return api.put(meeting.path(suffix), body, user);
    }

    private static <T> HttpResponse<T> ok(HttpResponse<T> response) {
        assertThat(response.statusCode()).as(String.valueOf(response.body())).isEqualTo(200);
        return response;
    }
}
