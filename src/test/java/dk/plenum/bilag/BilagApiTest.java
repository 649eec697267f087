package dk.plenum.bilag;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Bilag through the real HTTP API and the real MongoDB driver on the embedded store: files land in GridFS,
 * are served back as PDF, page images and text, a replacement keeps the earlier file, and every refusal (not a
 * PDF, damaged, locked, empty, too large, not allowed, unknown item) answers problem+json with a clear message
 * and stores nothing, neither an event nor a file.
 */
@PlenumTest
class BilagApiTest {

    static final String SECRETARIAT = "sekretariat";
    static final String KIRSTEN = "kirsten";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    Api api;
    JsonNode meeting;

    @BeforeEach
    void importMeeting() {
        api = new Api(port);
        HttpResponse<String> created = api.post("/api/meetings/import", """
                {"council": "Erhvervsrådet", "title": "Bilagsmøde", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Åbent punkt", "visibility": "OPEN",
                            "attachments": [{"name": "Importeret bilag", "visibility": "OPEN"}]},
                           {"number": 2, "title": "Lukket punkt", "visibility": "CLOSED"}]}
                """.formatted(ImportedMeetings.nextStartsAt()), SECRETARIAT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        meeting = json(created);
    }

    @Test
    void anUploadIsStoredInGridFsAndReadBackAsPdfPageImagesAndText() {
        long filesBefore = storedFiles();
        byte[] report = TestPdfs.pages(4, "Aarsrapport");
        byte[] note = TestPdfs.pages(1, "Notat");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Årsrapport 2023.pdf", report);
        files.put("C:\\Dokumenter\\Notat.pdf", note);
        HttpResponse<String> uploaded = upload(item(0), "OPEN", SECRETARIAT, files);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(storedFiles()).isEqualTo(filesBefore + 2);

        JsonNode attachments = json(uploaded).get("items").get(0).get("attachments");
        assertThat(attachments).hasSize(3);
        assertThat(attachments.get(0).get("fileId").isNull()).as("the imported Bilag stays a name").isTrue();
        JsonNode added = attachments.get(1);
        assertThat(added.get("name").stringValue()).isEqualTo("Årsrapport 2023");
        assertThat(added.get("visibility").stringValue()).isEqualTo("OPEN");
        assertThat(added.get("pageCount").intValue()).isEqualTo(4);
        assertThat(added.get("size").longValue()).isEqualTo(report.length);
        assertThat(added.get("sha256").stringValue()).hasSize(64);
        assertThat(attachments.get(2).get("name").stringValue()).isEqualTo("Notat");

        String path = bilagPath(item(0), added.get("id").stringValue());
        HttpResponse<byte[]> pdf = api.getBytes(path, null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).isEqualTo(report);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control").orElseThrow()).contains("private");

        HttpResponse<byte[]> page = api.getBytes(path + "/pages/3?width=700", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("private");
        assertThat(page.body()).startsWith((byte) 0xFF, (byte) 0xD8);

        HttpResponse<String> text = api.get(path + "/text", null);
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(json(text).get("pages").get(2).stringValue()).isEqualTo("Aarsrapport side 3");
        assertThat(text.headers().firstValue("Cache-Control").orElseThrow()).contains("private");

        HttpResponse<String> noPage = api.get(path + "/pages/5", null);
        assertThat(noPage.statusCode()).isEqualTo(404);
        assertThat(json(noPage).get("detail").stringValue()).isEqualTo("There is no page 5; the Bilag has 4 pages.");
    }

    @Test
    void aBilagWithoutVisibilityIsClosed() {
        HttpResponse<String> uploaded = upload(item(0), null, SECRETARIAT, Map.of("Notat.pdf", TestPdfs.pages(1, "N")));
        assertThat(json(uploaded).get("items").get(0).get("attachments").get(1).get("visibility").stringValue())
                .isEqualTo("CLOSED");
    }

    @Test
    void aReplacementKeepsTheEarlierFileInTheStoreAndInTheLog() {
        JsonNode added = uploadOne(item(0), "OPEN", "Budget.pdf", TestPdfs.pages(2, "Budget"));
        String id = added.get("id").stringValue();
        String firstFile = added.get("fileId").stringValue();
        long filesBefore = storedFiles();

        HttpResponse<String> replaced = multipart(bilagPath(item(0), id) + "/file", SECRETARIAT, null,
                Map.of("file", Map.of("Budget v2.pdf", TestPdfs.pages(3, "Budget2"))));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        JsonNode now = json(replaced).get("items").get(0).get("attachments").get(1);
        assertThat(now.get("id").stringValue()).isEqualTo(id);
        assertThat(now.get("name").stringValue()).as("the name stays").isEqualTo("Budget");
        assertThat(now.get("pageCount").intValue()).isEqualTo(3);
        assertThat(now.get("fileId").stringValue()).isNotEqualTo(firstFile);
        assertThat(storedFiles()).isEqualTo(filesBefore + 1);
        assertThat(mongo.getCollection("bilag.files").countDocuments(
                new org.bson.Document("_id", new org.bson.types.ObjectId(firstFile)))).isEqualTo(1);
        String events = api.get("/api/meetings/" + meetingId() + "/events?after=0", SECRETARIAT).body();
        assertThat(events).contains(firstFile, now.get("fileId").stringValue());
        assertThat(api.get(bilagPath(item(0), id) + "/text", null).body()).contains("Budget2 side 3");
    }

    @Test
    void renameVisibilityAndOrderAreCommands() {
        String first = uploadOne(item(0), "OPEN", "A.pdf", TestPdfs.pages(1, "A")).get("id").stringValue();
        String second = uploadOne(item(0), "OPEN", "B.pdf", TestPdfs.pages(1, "B")).get("id").stringValue();
        String imported = meeting.get("items").get(0).get("attachments").get(0).get("id").stringValue();
        String base = "/api/meetings/" + meetingId() + "/items/" + item(0) + "/attachments";

        assertThat(api.post(base + "/" + first + "/name", "{\"name\": \"Bilag A\"}", SECRETARIAT).statusCode())
                .isEqualTo(200);
        assertThat(api.post(base + "/" + first + "/visibility", "{\"visibility\": \"CLOSED\"}", SECRETARIAT)
                .statusCode()).isEqualTo(200);
        HttpResponse<String> badOrder = api.post(base + "/order", "{\"attachmentIds\": [\"" + second + "\"]}",
                SECRETARIAT);
        assertThat(badOrder.statusCode()).isEqualTo(400);
        HttpResponse<String> reordered = api.post(base + "/order",
                "{\"attachmentIds\": [\"" + second + "\", \"" + first + "\", \"" + imported + "\"]}", SECRETARIAT);
        assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(200);
        JsonNode attachments = json(reordered).get("items").get(0).get("attachments");
        assertThat(attachments.get(0).get("id").stringValue()).isEqualTo(second);
        assertThat(attachments.get(1).get("name").stringValue()).isEqualTo("Bilag A");
        assertThat(attachments.get(1).get("visibility").stringValue()).isEqualTo("CLOSED");
        assertThat(api.getBytes(bilagPath(item(0), first), null).statusCode()).as("closed now").isEqualTo(404);
    }

    @Test
    void aBilagIsRemovedOnlyBeforeTheAgendaIsPublished() {
        Instant startsAt = ImportedMeetings.nextStartsAt();
        HttpResponse<String> created = api.post("/api/councils/" + meeting.get("councilId").stringValue() + "/meetings",
                """
                {"title": "Kladde med bilag", "kind": "ORDINARY", "startsAt": "%s", "endsAt": "%s", "copyOf": "%s"}
                """.formatted(startsAt, startsAt.plus(Duration.ofHours(2)), meetingId()), SECRETARIAT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        meeting = json(created);
        String first = uploadOne(item(0), "OPEN", "A.pdf", TestPdfs.pages(1, "A")).get("id").stringValue();
        String second = uploadOne(item(0), "OPEN", "B.pdf", TestPdfs.pages(1, "B")).get("id").stringValue();
        HttpResponse<String> removed = api.delete(bilagPath(item(0), first), SECRETARIAT);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(json(removed).get("items").get(0).get("attachments")).hasSize(1);

        assertThat(api.post("/api/meetings/" + meetingId() + "/publish", "", SECRETARIAT).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = api.delete(bilagPath(item(0), second), SECRETARIAT);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("detail").stringValue()).isEqualTo(
                "A Bilag can be removed only until the agenda is published. Close it or replace it instead.");
    }

    @Test
    void everyRefusalSaysWhyAndStoresNothing() {
        Map<String, byte[]> good = Map.of("God.pdf", TestPdfs.pages(1, "God"));
        assertRefused(() -> upload(item(0), "OPEN", SECRETARIAT, Map.of("Billede.pdf", TestPdfs.notAPdf())), 400,
                "“Billede” is not a PDF. Only PDF files can be Bilag.");
        assertRefused(() -> upload(item(0), "OPEN", SECRETARIAT, Map.of("Rapport.pdf", TestPdfs.damaged())), 400,
                "“Rapport” is damaged and cannot be read. Export it as PDF again and upload the new file.");
        assertRefused(() -> upload(item(0), "OPEN", SECRETARIAT, Map.of("Låst.pdf", TestPdfs.locked())), 400,
                "“Låst” is locked with a password. Save it without a password and upload it again.");
        assertRefused(() -> upload(item(0), "OPEN", SECRETARIAT, Map.of("Tom.pdf", new byte[0])), 400,
                "“Tom” is empty.");
        byte[] tooLarge = new byte[50 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 8);
        assertRefused(() -> upload(item(0), "OPEN", SECRETARIAT, Map.of("Stor.pdf", tooLarge)), 400,
                "“Stor” is 50.0 MB; a Bilag may be at most 50 MB.");
        Map<String, byte[]> oneBad = new LinkedHashMap<>(good);
        oneBad.put("Billede.pdf", TestPdfs.notAPdf());
        assertRefused(() -> upload(item(0), "OPEN", SECRETARIAT, oneBad), 400,
                "“Billede” is not a PDF. Only PDF files can be Bilag.");
        assertRefused(() -> upload(item(0), "OPEN", KIRSTEN, good), 403,
                "Only the secretariat can do this.");
        assertRefused(() -> upload("no-such-item", "OPEN", SECRETARIAT, good), 404, "The meeting has no item no-such-item.");
        assertRefused(() -> multipart("/api/meetings/" + meetingId() + "/items/" + item(0) + "/attachments", SECRETARIAT,
                null, Map.of()), 400, "Choose at least one PDF file.");

        HttpResponse<String> anonymous = upload(item(0), "OPEN", null, good);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
    }

    private void assertRefused(Supplier<HttpResponse<String>> request, int status, String detail) {
        long filesBefore = storedFiles();
        long chunksBefore = mongo.getCollection("bilag.chunks").countDocuments();
        HttpResponse<String> response = request.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(json(response).get("detail").stringValue()).isEqualTo(detail);
        assertThat(storedFiles()).as("no file left behind").isEqualTo(filesBefore);
        assertThat(mongo.getCollection("bilag.chunks").countDocuments()).as("no chunk left behind")
                .isEqualTo(chunksBefore);
        JsonNode now = json(api.get("/api/meetings/" + meetingId(), SECRETARIAT));
        assertThat(now.get("lastSeq").longValue()).as("no event").isEqualTo(meeting.get("lastSeq").longValue());
    }

    JsonNode uploadOne(String itemId, String visibility, String name, byte[] content) {
        HttpResponse<String> uploaded = upload(itemId, visibility, SECRETARIAT, Map.of(name, content));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonNode attachments = json(uploaded).get("items").findValue("attachments");
        for (JsonNode item : json(uploaded).get("items")) {
            if (item.get("id").stringValue().equals(itemId)) {
                attachments = item.get("attachments");
            }
        }
        return attachments.get(attachments.size() - 1);
    }

    HttpResponse<String> upload(String itemId, String visibility, String user, Map<String, byte[]> files) {
        return multipart("/api/meetings/" + meetingId() + "/items/" + itemId + "/attachments", user, visibility,
                Map.of("files", files));
    }

    /** A multipart POST: {@code parts} maps each part name to its files (file name → bytes). */
    HttpResponse<String> multipart(String path, String user, String visibility, Map<String, Map<String, byte[]>> parts) {
        String boundary = "----plenum" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (visibility != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\n"
                    + visibility + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        parts.forEach((part, files) -> files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part
                    + "\"; filename=\"" + name.replace("\\", "\\\\") + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    String meetingId() {
        return meeting.get("id").stringValue();
    }

    String item(int index) {
        return meeting.get("items").get(index).get("id").stringValue();
    }

    String bilagPath(String itemId, String attachmentId) {
        return "/api/meetings/" + meetingId() + "/items/" + itemId + "/attachments/" + attachmentId;
    }

    long storedFiles() {
        return mongo.getCollection("bilag.files").countDocuments();
    }
}
