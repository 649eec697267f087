package dk.plenum.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.support.Api;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A draft is its council's secretariat's only, on every HTTP channel: the list, the meeting, its events, the live
 * snapshot, search, the minutes, the plan's calendar feed. To anyone else it does not exist (404 problem+json).
 * Once published, members see all of it and the public its open part. The STOMP stream is covered in
 * {@code StreamAbuseTest}, the pages in {@code PreparationViewsTest}.
 */
@PlenumTest
class DraftVisibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    PreparationService preparation;

    @Autowired
    CouncilService councils;

    @Test
    void aDraftIsSeenByItsSecretariatOnlyOnEveryChannelUntilItIsPublished() {
        Api api = new Api(port);
        Council council = councils.findByName("Erhvervsrådet").orElseThrow();
        String marker = "KLADDEMARKOER" + UUID.randomUUID().toString().replace("-", "");
        Instant startsAt = ImportedMeetings.nextStartsAt();
        Meeting draft = preparation.create(council.id(), new MeetingDetails("Møde " + marker, MeetingKind.ORDINARY,
                startsAt, startsAt.plus(Duration.ofHours(2)), null), AgendaStart.STANDARD_ITEMS,
                ImportedMeetings.SECRETARIAT);
        String closedMarker = marker + "lukket";
        preparation.addItem(draft.id(), new ItemContent("Åbent punkt", ItemKind.REGULAR, Visibility.OPEN, false, null,
                List.of(new Section("Indstilling", "Åben tekst " + marker))), ImportedMeetings.SECRETARIAT);
        preparation.addItem(draft.id(), new ItemContent("Lukket punkt", ItemKind.REGULAR, Visibility.CLOSED, false, null,
                List.of(new Section("Indstilling", "Lukket tekst " + closedMarker))), ImportedMeetings.SECRETARIAT);

        for (String outsider : new String[] {null, "kirsten"}) {
            assertThat(api.get("/api/meetings", outsider).body()).as(outsider + ": list").doesNotContain(marker);
            for (String path : List.of("", "/events?after=0", "/live", "/minutes?format=html")) {
                HttpResponse<String> answer = api.get("/api/meetings/" + draft.id() + path, outsider);
                assertThat(answer.statusCode()).as(outsider + ": " + path).isEqualTo(404);
                assertThat(answer.headers().firstValue("Content-Type")).as(outsider + ": " + path)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(answer.body()).doesNotContain(marker);
            }
            assertThat(api.get("/api/search?q=" + marker, outsider).body()).as(outsider + ": search")
                    .isEqualTo("[]");
        }
        for (String anyone : new String[] {null, "kirsten", "mette"}) {
            assertThat(api.get("/api/councils/" + council.id() + "/meetings.ics", anyone).body())
                    .as(anyone + ": the plan's feed is public, and has no draft").doesNotContain(marker);
        }
        String kirstenId = draft.participants().stream().filter(member -> member.name().startsWith("Kirsten"))
                .findFirst().orElseThrow().memberId();
        HttpResponse<String> apology = api.post("/api/meetings/" + draft.id() + "/attendance",
                "{\"memberId\": \"%s\", \"status\": \"APOLOGY\"}".formatted(kirstenId), "kirsten");
        assertThat(apology.statusCode()).as("a member's command on a draft: " + apology.body()).isEqualTo(404);
        assertThat(api.get("/api/meetings/" + draft.id() + "/events?after=0", "mette").body())
                .doesNotContain("ATTENDANCE_MARKED");
        assertThat(api.get("/api/meetings", "mette").body()).contains(marker);
        assertThat(api.get("/api/meetings/" + draft.id(), "mette").body()).contains(closedMarker);
        assertThat(api.get("/api/search?q=" + marker, "mette").body()).contains(draft.id());

        preparation.publish(draft.id(), ImportedMeetings.SECRETARIAT);

        assertThat(api.get("/api/meetings/" + draft.id(), "kirsten").body()).contains(closedMarker);
        assertThat(api.get("/api/meetings", null).body()).contains(marker);
        assertThat(api.get("/api/councils/" + council.id() + "/meetings.ics", null).body()).contains(marker);
        for (String path : List.of("", "/events?after=0", "/live")) {
            HttpResponse<String> publicAnswer = api.get("/api/meetings/" + draft.id() + path, null);
            assertThat(publicAnswer.statusCode()).as(path).isEqualTo(200);
            assertThat(publicAnswer.body()).as(path).contains(marker).doesNotContain(closedMarker);
        }
    }
}
