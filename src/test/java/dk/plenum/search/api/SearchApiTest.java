package dk.plenum.search.api;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Search finds what the caller may see: a closed item's content only for the council's insiders. */
@PlenumTest
class SearchApiTest {

    private static final String CLOSED_MARKER = "hemmeligmarkoer" + System.nanoTime();
    private static final String OPEN_MARKER = "aabenmarkoer" + System.nanoTime();

    @LocalServerPort
    int port;

    @Test
    void aClosedItemIsFoundByItsContentOnlyByTheCouncilsMembers() {
        Api api = new Api(port);
        ImportedMeetings.importOverApi(api, """
                {"council": "Erhvervsrådet", "title": "Søgetest", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Erhvervsstrategien", "visibility": "OPEN",
                            "sections": [{"heading": "Baggrund", "body": "Om %s og mere."}]},
                           {"number": 2, "title": "Grundsalg", "visibility": "CLOSED",
                            "sections": [{"heading": "Indstilling", "body": "Salg til %s."}]}]}
                """.formatted(ImportedMeetings.nextStartsAt(), OPEN_MARKER,
                CLOSED_MARKER));

        assertThat(hits(api, CLOSED_MARKER, null).size()).as("the public").isZero();
        assertThat(hits(api, CLOSED_MARKER, "kirsten").get(0).get("title").stringValue()).isEqualTo("Grundsalg");
        assertThat(hits(api, CLOSED_MARKER, "sekretariat").size()).isEqualTo(1);

        JsonNode open = hits(api, "erhvervsstrat " + OPEN_MARKER.substring(0, 10), null);
        assertThat(open.size()).isEqualTo(1);
        assertThat(open.get(0).get("snippet").stringValue()).contains(OPEN_MARKER);
        assertThat(hits(api, "grundsalg " + CLOSED_MARKER, null).size()).as("title public, content not").isZero();
    }

    private static JsonNode hits(Api api, String query, String user) {
        HttpResponse<String> answer = api.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                user);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer);
    }
}
