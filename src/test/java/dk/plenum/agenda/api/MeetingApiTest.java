package dk.plenum.agenda.api;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.internal.MeetingEventDocuments;
import dk.plenum.support.Api;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

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

    /** Imports of one meeting sent at the same moment: enough that, unguarded, two of them ran through together. */
    private static final int AT_ONCE = 8;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void importsAMeetingAndReadsItBack() {
        HttpResponse<String> created = importMeeting("2030-01-07");

        assertThat(created.statusCode()).isEqualTo(201);
        String id = json(created).get("id").stringValue();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/meetings/" + id);

        JsonNode meeting = json(api.get("/api/meetings/" + id, null));
        assertThat(meeting.get("items").values()).extracting(item -> item.get("title").stringValue())
                .containsExactly("Godkendelse af dagsorden", "Budget");
        assertThat(meeting.get("items").get(0).get("id").stringValue()).isNotBlank();
        assertThat(meeting.get("participants").values()).extracting(member -> member.get("name").stringValue())
                .containsExactly("Anna Aaen", "Bo Berg");
        assertThat(meeting.get("participants").get(0).get("memberId").stringValue()).isNotBlank();
        assertThat(meeting.get("items").get(0).get("sections").get(0).get("body").stringValue())
                .as("text is stored as given; views show it as text").isEqualTo("<script>alert(1)</script>");
        assertThat(meeting.get("lastSeq").asLong()).isEqualTo(1);

        assertThat(json(api.get("/api/meetings", null)).values())
                .extracting(summary -> summary.get("id").stringValue()).contains(id);
    }

    @Test
    void thePublicApiNeverShowsAClosedItemsContent() {
        HttpResponse<String> created = importMeeting("2030-01-14");
        String id = json(created).get("id").stringValue();

        String meeting = api.get("/api/meetings/" + id, null).body();
        String events = api.get("/api/meetings/" + id + "/events?after=0", null).body();

        assertThat(meeting).contains("Budget").doesNotContain("LUKKET-INDHOLD-93c1", "Budgetnotat");
        assertThat(events).contains("MEETING_SCHEDULED", "Budget").doesNotContain("LUKKET-INDHOLD-93c1", "Budgetnotat");
        assertThat(created.body()).as("the secretariat who imported sees it all").contains("LUKKET-INDHOLD-93c1");
        assertThat(api.get("/api/meetings/" + id, "sekretariat").body()).contains("LUKKET-INDHOLD-93c1");
    }

    @Test
    void aClosedItemWithAHiddenTitleReachesThePublicAsItsNumberOnly() {
        String meeting = MEETING.formatted("2030-02-04").replace("\"title\": \"Budget\", \"visibility\": \"CLOSED\"",
                "\"title\": \"Opsigelse af direktør\", \"visibility\": \"CLOSED\", \"hideTitle\": true");
        String id = json(api.post("/api/meetings/import", meeting, "sekretariat")).get("id").stringValue();

        assertThat(api.get("/api/meetings/" + id, null).body()).doesNotContain("Opsigelse af direktør");
        assertThat(api.get("/api/meetings/" + id + "/events?after=0", null).body())
                .doesNotContain("Opsigelse af direktør");
        assertThat(api.get("/api/meetings/" + id, "sekretariat").body()).contains("Opsigelse af direktør");

        HttpResponse<String> openHidden = api.post("/api/meetings/import", MEETING.formatted("2030-02-11").replace(
                "\"title\": \"Godkendelse af dagsorden\", \"visibility\": \"OPEN\"",
                "\"title\": \"Godkendelse af dagsorden\", \"visibility\": \"OPEN\", \"hideTitle\": true"),
                "sekretariat");
        assertThat(openHidden.statusCode()).isEqualTo(400);
        assertThat(json(openHidden).get("errors").get(0).get("field").stringValue()).isEqualTo("items[1].hideTitle");
    }

    @Test
    void refusesAnInvalidImportNamingEveryBadFieldAndStoresNothing() {
        int before = meetingCount();

        HttpResponse<String> refused = api.post("/api/meetings/import", """
                {"council": "", "kind": "PARTY", "startsAt": "tomorrow", "members": [],
                 "items": [{"number": 1, "title": "A", "visibility": "HALF"}]}
                """, "sekretariat");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(refused);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").values()).extracting(error -> error.get("field").stringValue())
                .containsExactlyInAnyOrder("council", "title", "kind", "startsAt", "items[0].visibility");
        assertThat(meetingCount()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonWithAProblemBody() {
        HttpResponse<String> refused = api.post("/api/meetings/import", "{\"council\": \"Erhvervsrådet\",",
                "sekretariat");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(refused).get("errors").get(0).get("message").stringValue()).startsWith("is not valid JSON");
    }

    @Test
    void refusesTheSameMeetingTwice() {
        assertThat(importMeeting("2030-01-21").statusCode()).isEqualTo(201);

        HttpResponse<String> again = importMeeting("2030-01-21");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void refusesAllButOneOfTheSameMeetingImportedAtOnce() throws Exception {
        Instant startsAt = ImportedMeetings.nextStartsAt();
        String meeting = ImportedMeetings.document("Erhvervsrådet", startsAt);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> imports = new ArrayList<>();
        try (ExecutorService secretaries = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < AT_ONCE; i++) {
                imports.add(secretaries.submit(() -> {
                    go.await();
                    return api.post("/api/meetings/import", meeting, "sekretariat");
                }));
            }
            go.countDown();
        }

        Map<Integer, List<HttpResponse<String>>> byStatus = imports.stream().map(Future::resultNow)
                .collect(Collectors.groupingBy(HttpResponse::statusCode));
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(201, 409);
        assertThat(byStatus.get(201)).hasSize(1);
        assertThat(byStatus.get(409)).allSatisfy(refused -> {
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(refused).get("title").stringValue()).isEqualTo("Meeting already exists");
        });
        String councilId = json(byStatus.get(201).getFirst()).get("councilId").stringValue();
        assertThat(json(api.get("/api/meetings", null)).values()).filteredOn(summary ->
                summary.get("councilId").stringValue().equals(councilId)
                        && Instant.parse(summary.get("startsAt").stringValue()).equals(startsAt)).hasSize(1);
        // The log is the truth: no twin opened there either, even one whose projection went missing.
        Query opened = new Query(Criteria.where("type").is("MEETING_SCHEDULED").and("payload.councilId").is(councilId)
                .and("payload.startsAt").is(startsAt));
        assertThat(mongo.count(opened, MeetingEventDocuments.COLLECTION)).isEqualTo(1);
    }

    @Test
    void onlyTheSecretariatImports() {
        String meeting = MEETING.formatted("2030-01-28");

        HttpResponse<String> anonymous = api.post("/api/meetings/import", meeting, null);
        HttpResponse<String> member = api.post("/api/meetings/import", meeting, "kirsten");
        HttpResponse<String> wrongPassword = api.post("/api/meetings/import", meeting, "nobody");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(member.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(member).get("detail").stringValue()).isEqualTo("Only the secretariat can do this.");
    }

    @Test
    void answersAnUnknownMeetingWith404Problem() {
        HttpResponse<String> missing = api.get("/api/meetings/no-such-meeting", null);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).doesNotContain("Exception", "at dk.plenum");
    }

    @Test
    void refusesAnImportThatIsNotJson() {
        HttpResponse<String> refused = api.send("/api/meetings/import", "text/plain", "hello", "sekretariat");

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> importMeeting(String date) {
        return api.post("/api/meetings/import", MEETING.formatted(date), "sekretariat");
    }

    private int meetingCount() {
        return json(api.get("/api/meetings", null)).size();
    }
}
