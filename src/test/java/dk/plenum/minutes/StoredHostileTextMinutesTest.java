package dk.plenum.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.meeting.MeetingChanges.MeetingClosed;
import dk.plenum.meeting.MeetingChanges.MeetingStarted;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A meeting stored before the input check, with non-characters, control characters and half surrogate
 * pairs in its title, location, sections and decision (appended straight through the journal, as an old
 * log would hold them), still has minutes in every format for everyone: U+FFFE in a decision used to
 * break the PDF minutes of the whole meeting.
 */
@PlenumTest
class StoredHostileTextMinutesTest {

    private static final String BAD = "\uFFFE\uFFFF\u0000\u001B\uD800\uFDD0\uDBFF\uDFFF";

    @LocalServerPort
    int port;

    @Autowired
    MeetingJournal journal;

    @Test
    void everyFormatRendersForEveryoneAndShowsTheRefusedCharactersAsReplacements() throws Exception {
        String meetingId = aClosedMeetingStoredWithHostileText();
        Api api = new Api(port);

        for (String reader : new String[] {"sekretariat", null}) {
            HttpResponse<String> html = api.get(minutes(meetingId, "html"), reader);
            assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(html.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(html.body()).contains("Sag A\uFFFD").doesNotContain("\uFFFE", "\uFFFF", "\u0000");

            HttpResponse<String> markdown = api.get(minutes(meetingId, "md"), reader);
            assertThat(markdown.statusCode()).as(markdown.body()).isEqualTo(200);
            assertThat(Parser.builder().build().parse(markdown.body()).getFirstChild()).isNotNull();
            assertThat(markdown.body()).contains("Sag A\uFFFD").doesNotContain("\uFFFE", "\u0000");

            HttpResponse<byte[]> pdf = api.getBytes(minutes(meetingId, "pdf"), reader);
            assertThat(pdf.statusCode()).as(new String(pdf.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            assertThat(pdfText(pdf.body())).contains("Sag A", "Beslutning B");
        }
    }

    private String aClosedMeetingStoredWithHostileText() {
        AgendaItem item = new AgendaItem("i1", 1, "Sag A" + BAD, ItemKind.REGULAR, Visibility.OPEN, "Oplæg" + BAD,
                List.of(new Section("Indstilling" + BAD, "Tekst" + BAD + "\nmere")), List.of(), null, false);
        Meeting scheduled = journal.schedule(new MeetingScheduled("c-hostile", "Rådet" + BAD, "Møde" + BAD,
                MeetingKind.ORDINARY, Instant.parse("2034-03-01T09:00:00Z"), Instant.parse("2034-03-01T11:00:00Z"),
                "Rådhuset" + BAD, List.of(Participant.summoned("p1", "Anna" + BAD, MemberRole.CHAIR)), List.of(item)),
                "test");
        String id = scheduled.id();
        journal.append(id, "test", meeting -> new MeetingStarted());
        journal.append(id, "test", meeting -> new DecisionRecorded("i1", new Decision(DecisionOutcome.APPROVED,
                "Beslutning B" + BAD, null, "Mindretal" + BAD, List.of(), Instant.now(), "test", 1, List.of())));
        journal.append(id, "test", meeting -> new MeetingClosed());
        return id;
    }

    private static String minutes(String meetingId, String format) {
        return "/api/meetings/" + meetingId + "/minutes?format=" + format + "&lang=da";
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
