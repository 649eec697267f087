package dk.plenum.minutes.api;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The round trip: the real meeting of 29 February 2024 imported, run over the API as the
 * secretariat with its real decisions, closed, and its minutes read back in every format and edition.
 * Then approval, which locks decisions so that a change shows as a correction.
 */
@PlenumTest
class MinutesApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRETARIAT = "sekretariat";
    private static final String CLOSED_SECTION_MARKER = "LUKKET-INDSTILLING-4411";
    private static final String CLOSED_DECISION_MARKER = "LUKKET-BESLUTNING-7702";
    private static final String CLOSED_DISSENT_MARKER = "LUKKET-MINDRETAL-1209";
    private static final String CLOSED_ATTACHMENT_MARKER = "LUKKET-BILAG-3385";
    private static final List<String> CLOSED_MARKERS = List.of(CLOSED_SECTION_MARKER, CLOSED_DECISION_MARKER,
            CLOSED_DISSENT_MARKER, CLOSED_ATTACHMENT_MARKER);
    private static final String PUBLIC_TEXT = "Sagen blev behandlet for lukkede døre.";
    private static final String KIRSTEN = "Kirsten Møller Thomsen";
    private static final String THOMAS = "Thomas Overgaard";
    /** Thomas leaves before this item; Kirsten sent her apology before the meeting. */
    private static final int THOMAS_LEAVES_BEFORE = 6;

    @LocalServerPort
    int port;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void theMinutesOfTheSeedMeetingHoldEveryDecisionSectionAndAbsenceInOrder() throws IOException {
        ObjectNode document = seedMeetingWithAClosedItem();
        JsonNode meeting = ImportedMeetings.importOverApi(api, document.toString()).imported();
        String id = meeting.get("id").stringValue();
        JsonNode decisions = JSON.readTree(resource("seed/erhvervsraadet-2024-02-29-decisions.json"));

        runTheMeeting(meeting, decisions);

        List<String> expected = expectedInOrder(document, decisions);
        String html = minutes(id, "html", "da", SECRETARIAT);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Medlemsudgave", "Lukket", "Bilag");
        assertInOrder(htmlText(html), expected);
        assertInOrder(markdownText(minutes(id, "md", "da", SECRETARIAT)), expected);
        String pdf = pdfText(id, SECRETARIAT);
        assertThat(pdf).contains("Referat fra Erhvervsrådet", "Drøftedes", "Til orientering", "Beslutning")
                .as("the members' edition shows the closed item").contains(CLOSED_SECTION_MARKER);
        assertInOrder(pdf, expected);

        for (String format : List.of("html", "md")) {
            String published = minutes(id, format, "da", null);
            assertThat(published).contains("Offentlig udgave", "Grundsalg", PUBLIC_TEXT)
                    .doesNotContain(CLOSED_MARKERS);
        }
        assertThat(pdfText(id, null)).contains("Grundsalg", PUBLIC_TEXT).doesNotContain(CLOSED_MARKERS);

        assertThat(minutes(id, "html", "en", SECRETARIAT))
                .contains("Minutes of Erhvervsrådet", "Decision", KIRSTEN + " and " + THOMAS + " were absent.");
    }

    @Test
    void theFileNameWritesTheCouncilsDanishLettersTheDanishWay() {
        String document = ImportedMeetings.document("ÆLDRE- og Øresundsudvalget i Århus", ImportedMeetings.nextStartsAt());
        ApiMeeting meeting = ImportedMeetings.importOverApi(api, document);

        HttpResponse<String> minutes = api.get("/api/meetings/" + meeting.id() + "/minutes?format=md&lang=da", null);

        assertThat(minutes.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"referat-aeldre-og-oeresundsudvalget-i-aarhus-");
    }

    @Test
    void anUnknownFormatOrLanguageIsABadRequest() {
        String id = importSmallMeeting();
        for (String query : List.of("format=docx", "format=pdf&lang=de")) {
            HttpResponse<String> refused = api.get("/api/meetings/" + id + "/minutes?" + query, null);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void approvedMinutesLockTheDecisionsAndACorrectionShowsInTheMinutes() {
        String id = importSmallMeeting();
        String item = json(api.get("/api/meetings/" + id, null)).get("items").get(0).get("id").stringValue();
        String decision = "/api/meetings/" + id + "/items/" + item + "/decision";
        post(id, "/start");
        assertThat(api.post(decision, "{\"outcome\": \"APPROVED\", \"text\": \"Godkendt.\"}", SECRETARIAT)
                .statusCode()).isEqualTo(200);
        assertThat(api.post(decision, """
                {"outcome": "APPROVED", "text": "Godkendt.", "reason": "Tastefejl"}""", SECRETARIAT).statusCode())
                .as("a reason before approval").isEqualTo(400);
        assertThat(post(id, "/minutes/approve").statusCode()).as("not closed yet").isEqualTo(409);
        post(id, "/close");

        assertThat(api.post("/api/meetings/" + id + "/minutes/approve", "", "kirsten").statusCode()).isEqualTo(403);
        JsonNode approved = json(post(id, "/minutes/approve"));
        assertThat(approved.get("minutesApprovedAt").isNull()).isFalse();
        assertThat(post(id, "/minutes/approve").statusCode()).isEqualTo(409);
        HttpResponse<String> plain = api.post(decision, "{\"outcome\": \"APPROVED\", \"text\": \"Ændret.\"}",
                SECRETARIAT);
        assertThat(plain.statusCode()).isEqualTo(409);
        assertThat(json(plain).get("code").stringValue()).isEqualTo("minutes.refused.locked");

        JsonNode corrected = json(api.post(decision, """
                {"outcome": "APPROVED", "text": "Godkendt med bemærkning.", "reason": "Bemærkningen manglede"}""",
                SECRETARIAT)).get("items").get(0).get("decision");
        assertThat(corrected.get("text").stringValue()).isEqualTo("Godkendt med bemærkning.");
        assertThat(corrected.get("corrections").get(0).get("previousText").stringValue()).isEqualTo("Godkendt.");

        assertInOrder(htmlText(minutes(id, "html", "da", SECRETARIAT)), List.of("Status: Godkendt", "Beslutning",
                "Godkendt med bemærkning.", "Rettelse (", "af Sekretariatet): Bemærkningen manglede",
                "Tidligere: Godkendt."));
        String publicEdition = htmlText(minutes(id, "html", "da", null));
        assertInOrder(publicEdition, List.of("Godkendt med bemærkning.", "Rettelse (", "): Bemærkningen manglede",
                "Tidligere: Godkendt."));
        assertThat(publicEdition).as("the public reads no secretary's name").doesNotContain("Sekretariatet");
    }

    private ObjectNode seedMeetingWithAClosedItem() throws IOException {
        ObjectNode meeting = (ObjectNode) JSON.readTree(resource("seed/erhvervsraadet-2024.json")).get(0);
        // A time of its own, so it never clashes with the demo copy or another test's meeting.
        OffsetDateTime start = ImportedMeetings.nextStartsAt().atOffset(ZoneOffset.ofHours(1));
        meeting.put("startsAt", start.toString());
        meeting.put("endsAt", start.plusHours(2).plusMinutes(30).toString());
        ObjectNode closed = ((ArrayNode) meeting.get("items")).addObject();
        closed.put("number", 12);
        closed.put("title", "Grundsalg");
        closed.put("kind", "REGULAR");
        closed.put("visibility", "CLOSED");
        ObjectNode section = closed.putArray("sections").addObject();
        section.put("heading", "Indstilling");
        section.put("body", "Sekretariatet indstiller salg af grunden. " + CLOSED_SECTION_MARKER);
        ObjectNode attachment = closed.putArray("attachments").addObject();
        attachment.put("name", "Købsaftale " + CLOSED_ATTACHMENT_MARKER);
        attachment.put("visibility", "CLOSED");
        return meeting;
    }

    /**
     * Kirsten sends an apology before the start, everyone else who votes checks in, and Thomas leaves
     * before item 6: so items 1-5 have one absentee and the rest two.
     */
    private void runTheMeeting(JsonNode meeting, JsonNode decisions) {
        String id = meeting.get("id").stringValue();
        for (JsonNode participant : meeting.get("participants").values()) {
            String role = participant.get("role").stringValue();
            if (role.equals("CHAIR") || role.equals("MEMBER")) {
                String status = participant.get("name").stringValue().equals(KIRSTEN) ? "APOLOGY" : "PRESENT";
                attendance(id, participant.get("memberId").stringValue(), status);
            }
        }
        post(id, "/start");
        for (JsonNode item : meeting.get("items").values()) {
            int number = item.get("number").asInt();
            if (number == THOMAS_LEAVES_BEFORE) {
                attendance(id, memberId(meeting, THOMAS), "LEFT");
            }
            String itemId = item.get("id").stringValue();
            assertThat(api.post("/api/meetings/" + id + "/current-item", "{\"itemId\": \"" + itemId + "\"}",
                    SECRETARIAT).statusCode()).isEqualTo(200);
            ObjectNode decision = JSON.createObjectNode();
            JsonNode recorded = decisionFor(decisions, number);
            if (recorded == null) {
                decision.put("outcome", "APPROVED");
                decision.put("text", "Godkendt. " + CLOSED_DECISION_MARKER);
                decision.put("publicText", PUBLIC_TEXT);
                decision.put("dissent", CLOSED_DISSENT_MARKER);
            } else {
                decision.put("outcome", recorded.get("outcome").stringValue());
                decision.put("text", recorded.get("text").stringValue());
            }
            HttpResponse<String> answer = api.post("/api/meetings/" + id + "/items/" + itemId + "/decision",
                    decision.toString(), SECRETARIAT);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
        post(id, "/close");
    }

    /** Per item in agenda order: its heading, its section headings, the decision, and the absence line. */
    private static List<String> expectedInOrder(JsonNode document, JsonNode decisions) {
        List<String> expected = new ArrayList<>();
        for (JsonNode item : document.get("items").values()) {
            int number = item.get("number").asInt();
            expected.add(number + ". " + item.get("title").stringValue());
            item.get("sections").values().forEach(section -> expected.add(section.get("heading").stringValue()));
            expected.add("Beslutning");
            JsonNode decision = decisionFor(decisions, number);
            if (decision != null) {
                for (String paragraph : decision.get("text").stringValue().split("\n\n")) {
                    expected.add(paragraph);
                }
            }
            expected.add(number < THOMAS_LEAVES_BEFORE ? KIRSTEN + " var fraværende."
                    : KIRSTEN + " og " + THOMAS + " var fraværende.");
        }
        return expected;
    }

    private static JsonNode decisionFor(JsonNode decisions, int number) {
        for (JsonNode decision : decisions.values()) {
            if (decision.get("number").asInt() == number) {
                return decision;
            }
        }
        return null;
    }

    private static String memberId(JsonNode meeting, String name) {
        for (JsonNode participant : meeting.get("participants").values()) {
            if (participant.get("name").stringValue().equals(name)) {
                return participant.get("memberId").stringValue();
            }
        }
        throw new AssertionError("No participant " + name);
    }

    /** Each expected text appears after the one before it (whitespace compared loosely). */
    private static void assertInOrder(String text, List<String> expected) {
        String flat = flat(text);
        int from = 0;
        for (String fragment : expected) {
            int at = flat.indexOf(flat(fragment), from);
            assertThat(at).as("'%s' after position %d", fragment, from).isNotNegative();
            from = at + flat(fragment).length();
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String htmlText(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Drops Markdown's backslash escapes and hard breaks. */
    private static String markdownText(String markdown) {
        return Pattern.compile("\\\\(.)", Pattern.DOTALL).matcher(markdown).replaceAll("$1");
    }

    private String pdfText(String meetingId, String user) throws IOException {
        HttpResponse<byte[]> pdf = api.getBytes("/api/meetings/" + meetingId + "/minutes?format=pdf&lang=da", user);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // The PDF sets "fl" and "fi" as ligatures, which extract as one character each; the page
            // numbers in the footer would otherwise land inside a paragraph that runs over a page break.
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
                    .replaceAll("(?m)^\\d+ / \\d+$", "");
        }
    }

    private String minutes(String meetingId, String format, String lang, String user) {
        HttpResponse<String> answer = api.get("/api/meetings/" + meetingId + "/minutes?format=" + format
                + "&lang=" + lang, user);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private String importSmallMeeting() {
        long unique = System.nanoTime() % 1_000_000;
        return ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "Referattest %d", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                 "items": [{"number": 1, "title": "Godkendelse af dagsorden", "visibility": "OPEN"}]}
                """.formatted(unique, ImportedMeetings.nextStartsAt())).id();
    }

    private void attendance(String meetingId, String memberId, String status) {
        HttpResponse<String> answer = api.post("/api/meetings/" + meetingId + "/attendance",
                "{\"memberId\": \"%s\", \"status\": \"%s\"}".formatted(memberId, status), SECRETARIAT);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private HttpResponse<String> post(String meetingId, String suffix) {
        return api.post("/api/meetings/" + meetingId + suffix, "", SECRETARIAT);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = MinutesApiTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
