package dk.plenum.plan.api;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The meeting plan as a calendar feed, read back with ical4j as a calendar app would. */
@PlenumTest
class MeetingPlanApiTest {

    @LocalServerPort
    int port;

    @Test
    void theFeedHasOneEventPerComingMeetingWithStableUidsAndASequenceThatGrows() throws Exception {
        Api api = new Api(port);
        String council = "Planudvalget " + System.nanoTime();
        String past = importMeeting(api, council, "2020-03-05T10:30:00+01:00", null);
        String spring = importMeeting(api, council, "2035-05-30T10:30:00+02:00", "Stigsborg");
        String winter = importMeeting(api, council, "2035-12-19T10:30:00+01:00", null);
        String councilId = json(api.get("/api/meetings/" + spring, null)).get("councilId").stringValue();

        HttpResponse<String> feed = api.get("/api/councils/" + councilId + "/meetings.ics", null);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> event.getUid().orElseThrow().getValue())
                .containsExactly(spring + "@plenum.dk", winter + "@plenum.dk")
                .doesNotContain(past + "@plenum.dk");
        VEvent first = events.getFirst();
        assertThat(first.getDateTimeStart().getValue()).isEqualTo("20350530T103000");
        assertThat(first.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Copenhagen");
        assertThat(first.getLocation().getValue()).isEqualTo("Stigsborg");
        assertThat(first.getProperty(Property.LAST_MODIFIED)).isPresent();
        assertThat(first.getProperty(Property.DTSTAMP)).isPresent();
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(feed.body()).contains("TZID:Europe/Copenhagen", "TZNAME:CEST", "TZNAME:CET");

        int sequence = first.getSequence().getSequenceNo();
        api.post("/api/meetings/" + spring + "/items", "{\"title\": \"Eventuelt\", \"visibility\": \"OPEN\"}",
                "sekretariat");
        VEvent changed = new CalendarBuilder()
                .build(new StringReader(api.get("/api/councils/" + councilId + "/meetings.ics", null).body()))
                .<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(changed.getSequence().getSequenceNo()).isGreaterThan(sequence);

        assertThat(api.get("/api/councils/no-such-council/meetings.ics", null).statusCode()).isEqualTo(404);
    }

    private static String importMeeting(Api api, String council, String startsAt, String location) {
        return ImportedMeetings.importOverApi(api, """
                {"council": "%s", "title": "Møde i %s", "kind": "ORDINARY", "startsAt": "%s"%s,
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}], "items": []}
                """.formatted(council, council, startsAt,
                location == null ? "" : ", \"location\": \"" + location + "\"")).id();
    }
}
