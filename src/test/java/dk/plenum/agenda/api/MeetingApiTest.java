package dk.plenum.agenda.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The meeting API over real HTTP, against the embedded store through the real MongoDB driver. */
@PlenumTest
class MeetingApiTest {

    private static final String MEETING = """
            {"council": "Teknik- og Miljøudvalget", "title": "Møde i udvalget", "kind": "ORDINARY",
             "startsAt": "%1$sT15:00:00+01:00", "endsAt": "%1$sT17:00:00+01:00", "location": "Rådhuset, <b>lokale 1</b>",
             "members": [{"name": "Anna Aaen", "role": "CHAIR"}, {"name": "Bo Berg", "role": "MEMBER"}],
             "items": [{"number": 2, "title": "Budget", "visibility": "CLOSED",
                        "sections": [{"heading": "Indstilling", "body": "LUKKET-INDHOLD-93c1"}],
                        "attachments": [{"name": "Budgetnotat", "visibility": "CLOSED"}]},
                       {"number": 1, "title": "Godkendelse af dagsorden", "visibility": "OPEN",
                        "sections": [{"heading": "Indstilling", "body": "<script>alert(1)</script>"}]}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void importsAMeetingAndReadsItBack() throws Exception {
        HttpResponse<String> created = post("/api/meetings/import", MEETING.formatted("2030-01-07"));

        assertThat(created.statusCode()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").stringValue();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/meetings/" + id);

        JsonNode meeting = json.readTree(get("/api/meetings/" + id).body());
        assertThat(meeting.get("items").values()).extracting(item -> item.get("title").stringValue())
                .containsExactly("Godkendelse af dagsorden", "Budget");
        assertThat(meeting.get("items").get(0).get("id").stringValue()).isNotBlank();
        assertThat(meeting.get("participants").values()).extracting(member -> member.get("name").stringValue())
                .containsExactly("Anna Aaen", "Bo Berg");
        assertThat(meeting.get("items").get(0).get("sections").get(0).get("body").stringValue())
                .as("text is stored as given; views show it as text").isEqualTo("<script>alert(1)</script>");
        assertThat(meeting.get("lastSeq").asLong()).isEqualTo(1);

        assertThat(json.readTree(get("/api/meetings").body()).values())
                .extracting(summary -> summary.get("id").stringValue()).contains(id);
    }

    @Test
    void thePublicApiNeverShowsAClosedItemsContent() throws Exception {
        HttpResponse<String> created = post("/api/meetings/import", MEETING.formatted("2030-01-14"));
        String id = json.readTree(created.body()).get("id").stringValue();

        String meeting = get("/api/meetings/" + id).body();

        assertThat(meeting).contains("Budget").doesNotContain("LUKKET-INDHOLD-93c1", "Budgetnotat");
        assertThat(created.body()).as("the secretariat who imported sees it all").contains("LUKKET-INDHOLD-93c1");
    }

    @Test
    void refusesAnInvalidImportNamingEveryBadFieldAndStoresNothing() throws Exception {
        int before = meetingCount();

        HttpResponse<String> refused = post("/api/meetings/import", """
                {"council": "", "kind": "PARTY", "startsAt": "tomorrow", "members": [],
                 "items": [{"number": 1, "title": "A", "visibility": "HALF"}]}
                """);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").values()).extracting(error -> error.get("field").stringValue())
                .containsExactlyInAnyOrder("council", "title", "kind", "startsAt", "items[0].visibility");
        assertThat(meetingCount()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonWithAProblemBody() throws Exception {
        HttpResponse<String> refused = post("/api/meetings/import", "{\"council\": \"Erhvervsrådet\",");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(refused.body()).get("errors").get(0).get("message").stringValue())
                .startsWith("is not valid JSON");
    }

    @Test
    void refusesTheSameMeetingTwice() throws Exception {
        String meeting = MEETING.formatted("2030-01-21");
        assertThat(post("/api/meetings/import", meeting).statusCode()).isEqualTo(201);

        HttpResponse<String> again = post("/api/meetings/import", meeting);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void answersAnUnknownMeetingWith404Problem() throws Exception {
        HttpResponse<String> missing = get("/api/meetings/no-such-meeting");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).doesNotContain("Exception", "at dk.plenum");
    }

    @Test
    void onlyTheSecretariatImports() throws Exception {
        String meeting = MEETING.formatted("2030-01-28");

        HttpResponse<String> anonymous = postAs(null, "/api/meetings/import", meeting);
        HttpResponse<String> member = postAs("kirsten", "/api/meetings/import", meeting);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(member.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(member.body()).get("detail").stringValue())
                .isEqualTo("Only the secretariat can do this.");
    }

    @Test
    void refusesAnImportThatIsNotJson() throws Exception {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/api/meetings/import"))
                .header("Content-Type", "text/plain").header("Authorization", "Basic c2VrcmV0YXJpYXQ6ZGVtbw==")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private int meetingCount() throws Exception {
        return json.readTree(get("/api/meetings").body()).size();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return postAs("sekretariat", path, body);
    }

    private HttpResponse<String> postAs(String username, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
