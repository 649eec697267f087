package dk.plenum.bilag;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The visibility matrix for Bilag, through the real HTTP endpoints: for the public, a member and the
 * secretariat, the PDF, a page image and the extracted text of an open Bilag of an open item, a closed Bilag
 * of an open item, and an open Bilag of a closed item; and whether the closed ones' names reach the public on
 * any other channel, search included (by the Bilag's name and by the words inside it). Each closed Bilag carries a
 * unique marker, in its name and in its text.
 */
@PlenumTest
class BilagVisibilityMatrixTest {

    private record Role(String name, String username, boolean insider) {
    }

    private static final List<Role> ROLES = List.of(new Role("public", null, false),
            new Role("member", BilagApiTest.KIRSTEN, true), new Role("secretariat", BilagApiTest.SECRETARIAT, true));

    @LocalServerPort
    int port;

    @Test
    void eachRoleReadsExactlyTheBilagTheRulesAllow() {
        BilagApiTest client = new BilagApiTest();
        client.port = port;
        client.api = new Api(port);
        Api api = client.api;
        String marker = "HEMMELIG" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "X";
        HttpResponse<String> created = api.post("/api/meetings/import", """
                {"council": "Erhvervsrådet", "title": "Matrixmøde", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Åbent punkt", "visibility": "OPEN"},
                           {"number": 2, "title": "Lukket punkt", "visibility": "CLOSED"}]}
                """.formatted(ImportedMeetings.nextStartsAt()), BilagApiTest.SECRETARIAT);
        client.meeting = json(created);
        String openItem = client.item(0);
        String closedItem = client.item(1);
        Map<String, String> bilag = new LinkedHashMap<>();
        bilag.put("open Bilag of an open item",
                client.uploadOne(openItem, "OPEN", "Offentlig.pdf", TestPdfs.pages(2, "Offentlig")).get("id").stringValue());
        bilag.put("closed Bilag of an open item", client.uploadOne(openItem, "CLOSED", marker + "-lukket.pdf",
                TestPdfs.pages(2, marker + "-tekst")).get("id").stringValue());
        bilag.put("open Bilag of a closed item", client.uploadOne(closedItem, "OPEN", marker + "-punkt.pdf",
                TestPdfs.pages(2, marker + "-punkttekst")).get("id").stringValue());
        Map<String, String> itemOf = Map.of(bilag.get("open Bilag of an open item"), openItem,
                bilag.get("closed Bilag of an open item"), openItem, bilag.get("open Bilag of a closed item"), closedItem);

        for (Role role : ROLES) {
            bilag.forEach((what, id) -> {
                boolean readable = role.insider() || what.equals("open Bilag of an open item");
                String path = client.bilagPath(itemOf.get(id), id);
                for (String channel : List.of("", "/pages/1", "/pages/2?width=2000", "/text")) {
                    String cell = role.name() + " × " + what + " × " + (channel.isEmpty() ? "PDF" : channel);
                    HttpResponse<byte[]> answer = api.getBytes(path + channel, role.username());
                    assertThat(answer.statusCode()).as(cell).isEqualTo(readable ? 200 : 404);
                    if (readable) {
                        assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).as(cell)
                                .contains("private");
                    } else {
                        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).as(cell)
                                .contains("application/problem+json");
                        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).as(cell).doesNotContain(marker);
                    }
                }
            });
            String meetingId = client.meetingId();
            Map<String, String> channels = new LinkedHashMap<>();
            channels.put("REST meeting", api.get("/api/meetings/" + meetingId, role.username()).body());
            channels.put("REST events", api.get("/api/meetings/" + meetingId + "/events?after=0", role.username()).body());
            channels.put("REST live snapshot", api.get("/api/meetings/" + meetingId + "/live", role.username()).body());
            channels.forEach((channel, seen) -> {
                String cell = role.name() + " × " + channel;
                assertThat(seen).as(cell).contains("Offentlig");
                if (role.insider()) {
                    assertThat(seen).as(cell).contains(marker + "-lukket", marker + "-punkt");
                } else {
                    assertThat(seen).as(cell + ": no closed Bilag, not even its name or file").doesNotContain(marker,
                            bilag.get("closed Bilag of an open item"), bilag.get("open Bilag of a closed item"));
                }
            });
            HttpResponse<String> search = api.get("/api/search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8),
                    role.username());
            JsonNode hits = json(search);
            assertThat(hits.size()).as(role.name() + " × search by the closed Bilag's name and text")
                    .isEqualTo(role.insider() ? 4 : 0);
            if (role.insider()) {
                assertThat(hits.findValues("bilag")).filteredOn(bilagHit -> !bilagHit.isNull())
                        .extracting(bilagHit -> bilagHit.get("attachmentId").stringValue())
                        .containsExactly(bilag.get("closed Bilag of an open item"),
                                bilag.get("open Bilag of a closed item"));
            }
            JsonNode openText = json(api.get("/api/search?q=offentlig+side", role.username()));
            assertThat(openText.findValues("bilag")).as(role.name() + " × search in the open Bilag's text")
                    .filteredOn(bilagHit -> !bilagHit.isNull())
                    .extracting(bilagHit -> bilagHit.get("attachmentId").stringValue())
                    .contains(bilag.get("open Bilag of an open item"));
        }
    }
}
