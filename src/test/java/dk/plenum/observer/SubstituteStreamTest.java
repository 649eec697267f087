package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.support.Api;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A seated substitute follows the full stream over a real socket; once the member she stands in for is
 * back, the same subscription carries the public's copy: every seq still, but no closed content.
 */
@PlenumTest
class SubstituteStreamTest {

    private static final String SECRETARIAT = "sekretariat";

    @LocalServerPort
    int port;

    @Autowired
    AgendaImportService imports;

    @Test
    void herFullStreamTurnsPublicWhenHerSeatEnds() {
        Api api = new Api(port);
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        String thomas = meeting.participants().get(2).memberId();
        String pia = meeting.participants().get(3).memberId();
        String closedItem = meeting.items().get(2).id();
        command(api, meeting, "/start", "");
        command(api, meeting, "/attendance", "{\"memberId\": \"%s\", \"status\": \"LEFT\"}".formatted(thomas));
        command(api, meeting, "/attendance", """
                {"memberId": "%s", "status": "PRESENT", "substituteFor": "%s"}""".formatted(pia, thomas));

        try (Follower seated = Follower.following(port, meeting.id(), "pia:demo")) {
            long whileSeated = command(api, meeting, "/items/" + closedItem + "/decision", """
                    {"outcome": "APPROVED", "text": "PIA-SER-DETTE", "publicText": "Behandlet"}""");
            seated.awaitSeq(whileSeated);
            assertThat(seated.events().getLast().json()).contains("PIA-SER-DETTE");

            command(api, meeting, "/attendance", "{\"memberId\": \"%s\", \"status\": \"PRESENT\"}".formatted(thomas));
            long afterHerSeat = command(api, meeting, "/items/" + closedItem + "/decision", """
                    {"outcome": "REJECTED", "text": "PIA-SER-IKKE-DETTE", "publicText": "Behandlet igen"}""");
            seated.awaitSeq(afterHerSeat);

            assertThat(seated.events().getLast().json()).contains("Behandlet igen")
                    .doesNotContain("PIA-SER-IKKE-DETTE", "REJECTED", SECRETARIAT);
            seated.assertGapFree(seated.events().getFirst().seq() - 1, afterHerSeat);
        }
    }

    private static long command(Api api, Meeting meeting, String suffix, String body) {
        var answer = api.post("/api/meetings/" + meeting.id() + suffix, body, SECRETARIAT);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Api.json(answer).get("lastSeq").asLong();
    }
}
