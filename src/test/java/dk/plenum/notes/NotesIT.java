package dk.plenum.notes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.shell.Navigation;
import dk.plenum.support.Browser;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.MinutesText;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: Kirsten types a note under an item on her tablet and sees it saved; on another device (a new browser
 * context, a phone) logged in as her, the note is there; Thomas, logged in on his own, sees an empty field and not
 * her text. Her "Mine noter" links in the meeting's header download her notes as Markdown and PDF. Screenshots of the item
 * with its note at 1024×768 and 390×844.
 */
@PlenumTest
class NotesIT {

    private static final String NOTE = "Spørg til finansieringen: hvem betaler driften efter 2026?";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AgendaImportService imports;

    @Test
    void aNoteTypedOnTheTabletIsThereOnTheMembersOtherDeviceAndNowhereElseAndFollowsTheirEdits() {
        Meeting meeting = imports.importMeeting("""
                {"council": "Erhvervsrådet", "title": "Møde med noter", "kind": "ORDINARY", "startsAt": "%s",
                 "location": "Mødelokale 1",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Erhvervsstrategi 2030", "visibility": "OPEN",
                            "sections": [{"heading": "Indstilling",
                                          "body": "Sekretariatet indstiller, at strategien godkendes."}]},
                           {"number": 2, "title": "Eventuelt", "visibility": "OPEN"}]}
                """.formatted(ImportedMeetings.nextStartsAt()), ImportedMeetings.SECRETARIAT);
        String base = "http://localhost:" + port;
        String atItem = base + "/" + Navigation.agendaAtItem(meeting.id(), meeting.items().getFirst().id());

        Page tablet = browser.loggedIn(base, "kirsten", 1024, 768);
        tablet.navigate(atItem);
        tablet.locator("#item-1 .plenum-note-text textarea").fill(NOTE);
        assertThat(tablet.locator("#item-1 .plenum-note-state")).hasText("Gemt");
        tablet.locator("#item-1 .plenum-note-text").scrollIntoViewIfNeeded();
        Browser.document(tablet, "notes-item-1024x768", false);
        Download markdown = tablet.waitForDownload(() -> tablet.locator(".plenum-notes-md").click());
        assertThat(markdown.suggestedFilename()).endsWith(".md");
        assertThat(new String(readBytes(markdown), StandardCharsets.UTF_8)).contains("Erhvervsstrategi 2030", NOTE);
        Download pdf = tablet.waitForDownload(() -> tablet.locator(".plenum-notes-pdf").click());
        assertThat(MinutesText.pdfText(readBytes(pdf))).contains("Erhvervsstrategi 2030", "finansieringen");

        Page phone = browser.loggedIn(base, "kirsten", 390, 844);
        phone.navigate(atItem);
        Locator phoneNote = phone.locator("#item-1 .plenum-note-text textarea");
        assertThat(phoneNote).hasValue(NOTE);
        phone.locator("#item-1 .plenum-note-text").scrollIntoViewIfNeeded();
        Browser.document(phone, "notes-item-390x844", false);

        // Changed on the phone, the tablet still open (put down: its field no longer focused) shows it, no reload.
        tablet.locator("#item-1 .plenum-note-text textarea").blur();
        phoneNote.fill(NOTE + " Og hvornår?");
        assertThat(phone.locator("#item-1 .plenum-note-state")).hasText("Gemt");
        assertThat(tablet.locator("#item-1 .plenum-note-text textarea")).hasValue(NOTE + " Og hvornår?");
        assertThat(tablet.locator("#item-1 .plenum-note-state")).hasText("Ændret på en anden af dine enheder");

        Page thomas = browser.loggedIn(base, "thomas", 1024, 768);
        thomas.navigate(atItem);
        assertThat(thomas.locator("#item-1 .plenum-note-text textarea")).hasValue("");
        assertThat(thomas.locator("body")).not().containsText("finansieringen");
    }

    /**
     * A note near the longest allowed, in Danish, is saved whole and is on the member's other device, while the tablet's
     * push socket, whose receive buffers are sized to the client's WebSocket fragments (PushSocketBuffers), stays open.
     * Vaadin's client sends the note by HTTP POST and only receives on the socket.
     */
    @Test
    void aLongNoteInDanishIsSavedWhole() {
        Meeting meeting = imports.importMeeting("""
                {"council": "Erhvervsrådet", "title": "Møde med en lang note", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Budget 2027", "visibility": "OPEN"}]}
                """.formatted(ImportedMeetings.nextStartsAt()), ImportedMeetings.SECRETARIAT);
        String base = "http://localhost:" + port;
        String atItem = base + "/" + Navigation.agendaAtItem(meeting.id(), meeting.items().getFirst().id());
        // 9,759 characters, with æ, ø and å (two bytes each in UTF-8).
        String longNote = "Økonomiudvalgets ændringer får særlig betydning for området. ".repeat(160).strip();

        Page tablet = browser.loggedIn(base, "kirsten", 1024, 768);
        List<String> closedSockets = new CopyOnWriteArrayList<>();
        tablet.onWebSocket(socket -> socket.onClose(closed -> closedSockets.add(closed.url())));
        tablet.navigate(atItem);
        tablet.locator("#item-1 .plenum-note-text textarea").fill(longNote);
        assertThat(tablet.locator("#item-1 .plenum-note-state")).hasText("Gemt");
        assertThat(closedSockets).as("push sockets closed while the note was sent").isEmpty();

        Page phone = browser.loggedIn(base, "kirsten", 390, 844);
        phone.navigate(atItem);
        assertThat(phone.locator("#item-1 .plenum-note-text textarea")).hasValue(longNote);
    }

    private static byte[] readBytes(Download download) {
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
