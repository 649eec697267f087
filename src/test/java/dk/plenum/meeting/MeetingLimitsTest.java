package dk.plenum.meeting;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.agenda.ImportTooLargeException;
import dk.plenum.support.Api;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A meeting stored as one MongoDB document must never outgrow MongoDB's 16 MiB, or it could never be read
 * again: commands that would pass a limit are refused before anything is stored, and a meeting at its limit
 * still reads, runs and closes.
 */
@PlenumTest
class MeetingLimitsTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final int LONGEST_SECTION = 100_000;
    private static final int LONGEST_RECOMMENDATION = 20_000;

    @LocalServerPort
    int port;

    @Autowired
    AgendaImportService imports;

    @Autowired
    MeetingJournal journal;

    @Test
    void aMeetingDrivenToItsSizeLimitStillReadsRunsAndCloses() {
        Api api = new Api(port);
        // 40 sections of 100,000 characters: just under the agenda's 4 MiB.
        String meetingId = imports.importMeeting(document("Fuldt møde", "2033-01-10T09:00:00Z", 40, LONGEST_SECTION),
                ImportedMeetings.SECRETARIAT).id();
        String lateItem = """
                {"title": "Tillægspunkt", "visibility": "OPEN", "recommendation": "%s"}
                """.formatted("y".repeat(LONGEST_RECOMMENDATION));

        HttpResponse<String> refused = null;
        int accepted = 0;
        while (refused == null && accepted < 50) {
            HttpResponse<String> added = api.post("/api/meetings/" + meetingId + "/items", lateItem, SECRETARIAT);
            if (added.statusCode() == 200) {
                accepted++;
            } else {
                refused = added;
            }
        }
        System.out.printf("Late items of %,d characters accepted before the agenda's limit: %d%n",
                LONGEST_RECOMMENDATION, accepted);
        assertThat(refused).as("a late item refused within 50").isNotNull();
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(refused).get("detail").stringValue()).contains("size limit of 4 MiB");
        assertThat(json(refused).get("code").stringValue()).isEqualTo("refused.meetingTooLarge");
        long lastSeqBeforeRefusal = journal.get(meetingId).lastSeq();
        assertThat(journal.eventsAfter(meetingId, 0)).as("the refused command stored no event")
                .hasSize((int) lastSeqBeforeRefusal);

        JsonNode read = json(api.get("/api/meetings/" + meetingId, SECRETARIAT));
        assertThat(read.get("items").size()).isEqualTo(40 + accepted);
        String firstItem = read.get("items").get(0).get("id").stringValue();
        assertOk(api.post("/api/meetings/" + meetingId + "/start", "", SECRETARIAT));
        assertOk(api.post("/api/meetings/" + meetingId + "/current-item", "{\"itemId\": \"" + firstItem + "\"}",
                SECRETARIAT));
        assertOk(api.post("/api/meetings/" + meetingId + "/items/" + firstItem + "/decision",
                "{\"outcome\": \"APPROVED\", \"text\": \"Godkendt.\"}", SECRETARIAT));
        assertOk(api.post("/api/meetings/" + meetingId + "/close", "", SECRETARIAT));
        assertThat(json(api.get("/api/meetings", null)).values())
                .anySatisfy(listed -> assertThat(listed.get("id").stringValue()).isEqualTo(meetingId));
        assertThat(api.get("/api/meetings/" + meetingId + "/minutes?format=md&lang=da", SECRETARIAT).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aMeetingWithTheMostItemsRefusesAnotherOne() {
        Api api = new Api(port);
        String meetingId = imports.importMeeting(document("Langt møde", "2033-01-11T09:00:00Z",
                MeetingLimits.MAX_ITEMS, 10), ImportedMeetings.SECRETARIAT).id();

        HttpResponse<String> refused = api.post("/api/meetings/" + meetingId + "/items",
                "{\"title\": \"Et punkt for meget\"}", SECRETARIAT);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused).get("detail").stringValue()).isEqualTo("A meeting can have at most 500 items.");
        assertThat(journal.eventsAfter(meetingId, 0)).hasSize(1);
        assertOk(api.post("/api/meetings/" + meetingId + "/start", "", SECRETARIAT));
        assertOk(api.post("/api/meetings/" + meetingId + "/close", "", SECRETARIAT));
    }

    @Test
    void anImportOverTheLimitStoresNothing() {
        String tooLarge = document("For stort møde", "2033-01-12T09:00:00Z", 45, LONGEST_SECTION);

        assertThatThrownBy(() -> imports.importMeeting(tooLarge, ImportedMeetings.SECRETARIAT))
                .isInstanceOf(ImportTooLargeException.class).hasMessageContaining("size limit of 4 MiB");
        HttpResponse<String> overHttp = new Api(port).post("/api/meetings/import", tooLarge, SECRETARIAT);

        assertThat(overHttp.statusCode()).as(overHttp.body()).isEqualTo(413);
        assertThat(overHttp.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(journal.findAll()).noneMatch(meeting -> meeting.title().equals("For stort møde"));
    }

    private static String document(String title, String startsAt, int items, int sectionLength) {
        String body = "x".repeat(sectionLength);
        String agenda = IntStream.rangeClosed(1, items).mapToObj(number -> """
                {"number": %d, "title": "Punkt %d", "visibility": "OPEN",
                 "sections": [{"heading": "Sagsfremstilling", "body": "%s"}]}""".formatted(number, number, body))
                .collect(Collectors.joining(",\n"));
        return """
                {"council": "Erhvervsrådet", "title": "%s", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                 "items": [%s]}
                """.formatted(title, startsAt, agenda);
    }

    private static void assertOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
