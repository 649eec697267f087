package dk.plenum.minutes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.support.Browser;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The minutes a closed meeting's page offers, fetched at each link's address in the page's own browser session,
 * as a click on the link fetches them: made through the UI session, so a member logged in on the page gets the
 * members' edition with a closed item's decision (the stateless API would not know them), and the public gets
 * the public edition with only the item's public text.
 */
@PlenumTest
class MinutesDownloadIT {

    private static final String CLOSED_DECISION = "Intern afgørelse i personalesagen";
    private static final String PUBLIC_TEXT = "Sagen blev behandlet for lukkede døre";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AgendaImportService imports;

    @Autowired
    ProceedingsService proceedings;

    @Autowired
    DecisionService decisions;

    private Meeting meeting;

    /** A meeting of the demo council, so the demo member kirsten is summoned, closed after deciding item 3 (closed). */
    @BeforeEach
    void aClosedMeetingWithADecidedClosedItem() {
        meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        proceedings.start(meeting.id(), ImportedMeetings.SECRETARIAT);
        decisions.record(meeting.id(), meeting.items().get(2).id(), new DecisionInput(DecisionOutcome.APPROVED,
                CLOSED_DECISION, PUBLIC_TEXT, null, null), ImportedMeetings.SECRETARIAT);
        proceedings.close(meeting.id(), ImportedMeetings.SECRETARIAT);
    }

    @Test
    void aLoggedInMemberDownloadsTheMembersEditionInEveryFormat() throws IOException {
        Page page = browser.loggedIn(baseUrl(), "kirsten", 1024, 768);
        page.navigate(baseUrl() + "/meetings/" + meeting.id());
        assertThat(page.locator(".plenum-minutes-download a")).hasText(new String[] {"HTML", "PDF", "Markdown"});

        assertThat(download(page, MinutesFormat.HTML)).startsWith("<!DOCTYPE html>")
                .contains("Medlemsudgave", CLOSED_DECISION);
        // The PDF sets the edition in capitals.
        assertThat(download(page, MinutesFormat.PDF)).contains("MEDLEMSUDGAVE", CLOSED_DECISION);
        assertThat(download(page, MinutesFormat.MARKDOWN)).startsWith("# Referat fra Erhvervsrådet")
                .contains("Medlemsudgave", CLOSED_DECISION);
    }

    @Test
    void thePublicDownloadsThePublicEditionInEveryFormat() throws IOException {
        Page page = browser.open(baseUrl() + "/meetings/" + meeting.id());
        assertThat(page.locator(".plenum-minutes-download a")).hasText(new String[] {"HTML", "PDF", "Markdown"});

        assertThat(download(page, MinutesFormat.HTML)).startsWith("<!DOCTYPE html>")
                .contains("Offentlig udgave", PUBLIC_TEXT).doesNotContain(CLOSED_DECISION);
        assertThat(download(page, MinutesFormat.PDF)).contains("OFFENTLIG UDGAVE", PUBLIC_TEXT)
                .doesNotContain(CLOSED_DECISION);
        assertThat(download(page, MinutesFormat.MARKDOWN)).startsWith("# Referat fra Erhvervsrådet")
                .contains("Offentlig udgave", PUBLIC_TEXT).doesNotContain(CLOSED_DECISION);
    }

    /**
     * The text of the file behind the format's link, fetched in the page's session (its cookies) and checked to be
     * a whole file of the format's type, offered for saving under the meeting's ASCII file name. A PDF's text is
     * what PDFBox reads from it.
     */
    private String download(Page page, MinutesFormat format) throws IOException {
        String address = (String) page.locator(".plenum-minutes-" + format.extension()).evaluate("link => link.href");
        APIResponse response = page.request().get(address);
        byte[] content = response.body();
        assertThat(response.status()).as(address).isEqualTo(200);
        assertThat(response.headers()).containsEntry("content-type", format.mediaType())
                .containsEntry("content-length", String.valueOf(content.length))
                .containsEntry("content-disposition", "attachment; filename=\"referat-erhvervsraadet-"
                        + meeting.startsAt().atZone(MeetingTimes.COUNCIL_ZONE).toLocalDate() + "."
                        + format.extension() + "\"");
        if (format != MinutesFormat.PDF) {
            return new String(content, StandardCharsets.UTF_8);
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            // The PDF sets "fl" and "fi" as ligatures, which extract as one character each.
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
