package dk.plenum.bilag;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/search} finds words inside Bilag, on the page that holds them, as the caller may read the
 * Bilag: the public only an open Bilag of an open item, from the moment it is closed no longer; a replaced
 * file's words are gone with it. Each word is unique to its test, so the demo data cannot match it.
 */
@PlenumTest
class BilagSearchApiTest {

    @LocalServerPort
    int port;

    private final BilagApiTest client = new BilagApiTest();
    private final String word = "ord" + UUID.randomUUID().toString().substring(0, 8).replace("-", "") + "x";

    @BeforeEach
    void importMeeting() {
        client.port = port;
        client.api = new Api(port);
        HttpResponse<String> created = client.api.post("/api/meetings/import", """
                {"council": "Erhvervsrådet", "title": "Søgning i bilag", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Åbent punkt", "visibility": "OPEN"},
                           {"number": 2, "title": "Lukket punkt", "visibility": "CLOSED"}]}
                """.formatted(ImportedMeetings.nextStartsAt()), BilagApiTest.SECRETARIAT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        client.meeting = json(created);
    }

    @Test
    void theWordOnPageThreeOfAnOpenBilagIsFoundByThePublicWithThePageAndTheReadersAddress() {
        String id = client.uploadOne(client.item(0), "OPEN", "Årsrapport.pdf",
                TestPdfs.saying("Forside", "Indhold", "Turisme og " + word, "Bilagsliste")).get("id").stringValue();

        JsonNode hits = hits(word, null);

        assertThat(hits.size()).isEqualTo(1);
        JsonNode hit = hits.get(0);
        assertThat(hit.get("itemId").stringValue()).isEqualTo(client.item(0));
        assertThat(hit.get("snippet").stringValue()).isEqualTo("Turisme og " + word);
        JsonNode bilag = hit.get("bilag");
        assertThat(bilag.get("attachmentId").stringValue()).isEqualTo(id);
        assertThat(bilag.get("name").stringValue()).isEqualTo("Årsrapport");
        assertThat(bilag.get("page").intValue()).isEqualTo(3);
        assertThat(bilag.get("readerPath").stringValue()).isEqualTo("/meetings/" + client.meetingId() + "/items/"
                + client.item(0) + "/bilag/" + id + "?page=3");
        assertThat(hits("turisme " + word.substring(0, 8), null).size()).as("every term, each by its start")
                .isEqualTo(1);
        JsonNode apart = hits("forside " + word, null);
        assertThat(apart.size()).as("words on different pages find the Bilag").isEqualTo(1);
        assertThat(apart.get(0).get("bilag").get("page").intValue()).as("at the first page with any").isEqualTo(1);
    }

    @Test
    void aClosedBilagsWordsAreFoundByAMemberAndTheSecretariatAndNotByThePublic() {
        client.uploadOne(client.item(0), "CLOSED", "Notat.pdf", TestPdfs.saying("Lukket " + word));
        client.uploadOne(client.item(1), "OPEN", "Punktets bilag.pdf", TestPdfs.saying("Punkt " + word));

        assertThat(hits(word, null).size()).as("the public").isZero();
        for (String insider : new String[] {BilagApiTest.KIRSTEN, BilagApiTest.SECRETARIAT}) {
            JsonNode hits = hits(word, insider);
            assertThat(hits.size()).as(insider).isEqualTo(2);
            assertThat(hits.get(0).get("bilag").get("name").stringValue()).isEqualTo("Notat");
            assertThat(hits.get(0).get("bilag").get("visibility").stringValue()).isEqualTo("CLOSED");
            assertThat(hits.get(1).get("bilag").get("name").stringValue()).isEqualTo("Punktets bilag");
        }
    }

    @Test
    void aBilagClosedLaterIsNoLongerFoundByThePublic() {
        String id = client.uploadOne(client.item(0), "OPEN", "Notat.pdf", TestPdfs.saying("Snart lukket " + word))
                .get("id").stringValue();
        assertThat(hits(word, null).size()).isEqualTo(1);

        HttpResponse<String> closed = client.api.post(client.bilagPath(client.item(0), id) + "/visibility",
                "{\"visibility\": \"CLOSED\"}", BilagApiTest.SECRETARIAT);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        assertThat(hits(word, null).size()).as("the public, at once").isZero();
        assertThat(hits(word, BilagApiTest.KIRSTEN).size()).isEqualTo(1);
    }

    @Test
    void aReplacedFilesWordsAreNoLongerFoundAndTheNewOnesAre() {
        String id = client.uploadOne(client.item(0), "OPEN", "Budget.pdf", TestPdfs.saying("Gammel " + word))
                .get("id").stringValue();
        String newWord = word + "ny";

        HttpResponse<String> replaced = client.multipart(client.bilagPath(client.item(0), id) + "/file",
                BilagApiTest.SECRETARIAT, null, Map.of("file", Map.of("Budget v2.pdf",
                        TestPdfs.saying("Forside", "Ny " + newWord))));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);

        assertThat(hits("gammel " + word, BilagApiTest.SECRETARIAT).size()).as("the old text").isZero();
        JsonNode hits = hits(newWord, null);
        assertThat(hits.size()).isEqualTo(1);
        assertThat(hits.get(0).get("bilag").get("page").intValue()).isEqualTo(2);
    }

    private JsonNode hits(String query, String user) {
        HttpResponse<String> answer = client.api.get("/api/search?q=" + URLEncoder.encode(query,
                StandardCharsets.UTF_8), user);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer);
    }
}
