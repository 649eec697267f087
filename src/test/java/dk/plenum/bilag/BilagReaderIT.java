package dk.plenum.bilag;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FilePayload;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Visibility;
import dk.plenum.support.Api;
import dk.plenum.support.Browser;
import dk.plenum.support.BrowserSteps;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reading Bilag in Chromium as a member on a 768×1024 tablet: open an open Bilag from its item, page to page
 * 3, zoom, write a note on that page (documented at 1024×768 and 390×844), go back to the item, and open a closed
 * one; the public sees the open Bilag's name and can fetch nothing of the closed one. And the secretariat uploads
 * several PDFs at once on the item's Bilag page, where a file that is not a PDF, or a damaged one, is refused with a
 * message and marked failed in the upload's list, and a file sent just after choosing Lukket is stored closed.
 */
@PlenumTest
class BilagReaderIT {

    private static final String SECRET = "FORTROLIGNOTAT";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AgendaImportService imports;

    @Autowired
    BilagService bilag;

    @Autowired
    MeetingJournal journal;

    private Meeting meeting;
    private String itemId;
    private String openId;
    private String closedId;

    /** The first item (open) of a meeting of the demo council gets a five-page open Bilag and a closed one. */
    @BeforeEach
    void aMeetingWithBilag() {
        meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        itemId = meeting.items().getFirst().id();
        bilag.add(meeting.id(), itemId, List.of(new BilagUpload("Budgetnotat.pdf", TestPdfs.pages(5, "Budget"))),
                Visibility.OPEN, ImportedMeetings.SECRETARIAT);
        Meeting withBoth = bilag.add(meeting.id(), itemId, List.of(new BilagUpload("Fortroligt notat.pdf",
                TestPdfs.pages(2, SECRET))), Visibility.CLOSED, ImportedMeetings.SECRETARIAT);
        List<Attachment> attachments = withBoth.items().getFirst().attachments();
        openId = attachments.get(attachments.size() - 2).id();
        closedId = attachments.getLast().id();
    }

    @Test
    void aMemberOnATabletReadsPageThreeZoomsGoesBackAndOpensTheClosedOne() {
        Page page = browser.loggedIn(baseUrl(), "kirsten", 768, 1024);
        page.navigate(baseUrl() + "/meetings/" + meeting.id());
        Locator card = page.locator("[data-item-id='" + itemId + "']");
        card.locator("vaadin-details-summary, [slot=summary]").first().click();
        card.locator(".plenum-bilag-link", new Locator.LocatorOptions().setHasText("Budgetnotat")).click();

        page.waitForURL(url -> url.contains("/bilag/" + openId));
        Locator pageOf = page.locator(".plenum-bilag-page-of");
        assertThat(pageOf).hasText("Side 1 af 5");
        BrowserSteps.assertPageDrawn(page);
        assertThat(page.locator(".plenum-bilag-next").boundingBox().height).isGreaterThanOrEqualTo(44);
        assertThat(page.locator(".plenum-bilag-previous").boundingBox().width).isGreaterThanOrEqualTo(44);

        page.locator(".plenum-bilag-next").click();
        assertThat(pageOf).hasText("Side 2 af 5");
        page.keyboard().press("ArrowRight");
        assertThat(pageOf).hasText("Side 3 af 5");
        assertThat(page.locator(".plenum-bilag-text")).hasText("Budget side 3");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]page=3$"));
        BrowserSteps.assertPageDrawn(page);
        double before = page.locator(".plenum-bilag-image").boundingBox().width;
        page.locator(".plenum-bilag-zoom-in").click();
        assertThat(page.locator(".plenum-bilag-zoom")).hasText("125 %");
        page.waitForFunction("w => document.querySelector('.plenum-bilag-image').getBoundingClientRect().width > w",
                before);
        BrowserSteps.assertPageDrawn(page);
        browser.screenshot(page, "bilag-reader-768x1024");

        page.locator(".plenum-bilag-zoom-out").click();
        assertThat(page.locator(".plenum-bilag-zoom")).hasText("100 %");
        page.locator(".plenum-note-text textarea").fill("Tallet i tabellen på side 3 stemmer ikke med budgettet.");
        assertThat(page.locator(".plenum-note-text [slot=label]")).hasText("Mine noter til side 3");
        assertThat(page.locator(".plenum-note-state")).hasText("Gemt");
        for (int[] size : new int[][] {{1024, 768}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.locator(".plenum-note-text").evaluate("field => field.scrollIntoView({block: 'center'})");
            Browser.document(page, "bilag-page-note-" + size[0] + "x" + size[1], false);
        }
        page.setViewportSize(768, 1024);

        page.locator(".plenum-bilag-back").click();
        page.waitForURL(url -> url.contains("/meetings/" + meeting.id() + "?item=" + itemId));
        assertThat(card).hasAttribute("opened", "");

        card.locator(".plenum-bilag-link", new Locator.LocatorOptions().setHasText("Fortroligt notat")).click();
        page.waitForURL(url -> url.contains("/bilag/" + closedId));
        assertThat(pageOf).hasText("Side 1 af 2");
        assertThat(page.locator(".plenum-bilag-text")).hasText(SECRET + " side 1");
        BrowserSteps.assertPageDrawn(page);
    }

    @Test
    void thePublicSeesTheOpenBilagsNameAndCanFetchNothingOfTheClosedOne() {
        Page page = browser.open(baseUrl() + "/live/" + meeting.id());
        Locator card = page.locator("[data-item-id='" + itemId + "']");
        assertThat(card.locator(".plenum-bilag-link")).hasCount(1);
        assertThat(card).containsText("Budgetnotat");
        assertThat(card).not().containsText("Fortroligt notat");

        String closed = "/api/meetings/" + meeting.id() + "/items/" + itemId + "/attachments/" + closedId;
        Api api = new Api(port);
        for (String path : List.of(closed, closed + "/pages/1", closed + "/text")) {
            assertThat(api.getBytes(path, null).statusCode()).as(path).isEqualTo(404);
        }
        page.navigate(baseUrl() + "/meetings/" + meeting.id() + "/items/" + itemId + "/bilag/" + closedId);
        assertThat(page.locator(".plenum-bilag-refused")).hasText("Bilaget findes ikke, eller du må ikke læse det.");
        assertThat(page.locator(".plenum-bilag-image")).hasCount(0);
        assertThat(page.locator("body")).not().containsText(SECRET);
    }

    @Test
    void theSecretariatUploadsSeveralPdfsAtOnceAndARefusedFileShowsAsFailedWithWhy() {
        Page page = browser.loggedIn(baseUrl(), "sekretariat", 1024, 768);
        openTheBilagOfAFreshMeeting(page);

        BrowserSteps.uploadBilag(page, "Åben",
                new FilePayload("Referat.pdf", "application/pdf", TestPdfs.pages(3, "Referat")),
                new FilePayload("Økonomi.pdf", "application/pdf", TestPdfs.pages(2, "Økonomi")));
        // The two files travel side by side: either may be added first.
        assertThat(page.locator(".plenum-bilag-row")).hasCount(2);
        assertThat(page.locator(".plenum-bilag-list")).containsText("3 sider");
        assertThat(page.locator(".plenum-bilag-list")).containsText("2 sider");
        assertThat(page.locator(".plenum-bilag-row .plenum-badge")).hasText(new String[] {"Åben", "Åben"}); // as chosen
        assertThat(BrowserSteps.uploadEntry(page, "Referat.pdf")).hasAttribute("complete", "");
        // Closing one keeps the keyboard on its row, on the button that now opens it again.
        Locator first = page.locator(".plenum-bilag-row").first();
        first.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Gør lukket")).click();
        assertThat(first.locator(".plenum-badge")).hasText("Lukket");
        assertThat(first.locator("vaadin-button:focus")).hasText("Gør åbent");

        BrowserSteps.uploadBilag(page, "Åben", new FilePayload("Falsk.pdf", "application/pdf", TestPdfs.notAPdf()));
        assertThat(page.locator(".plenum-bilag-file-refusal")).hasText("»Falsk« er ikke en PDF. Kun PDF-filer kan være bilag.");
        // Refused by the server, the file is marked failed in the upload's list, not ticked as sent.
        Locator refused = BrowserSteps.uploadEntry(page, "Falsk.pdf");
        assertThat(refused).hasAttribute("error", "");
        assertThat(refused).not().hasAttribute("complete", "");
        assertThat(refused).containsText("Afvist – se hvorfor herunder");

        BrowserSteps.uploadBilag(page, "Åben", new FilePayload("Beskadiget.pdf", "application/pdf",
                TestPdfs.damaged()));
        assertThat(page.locator(".plenum-bilag-file-refusal")).containsText("»Beskadiget« er beskadiget");
        assertThat(BrowserSteps.uploadEntry(page, "Beskadiget.pdf")).hasAttribute("error", "");
        assertThat(page.locator(".plenum-bilag-row")).hasCount(2);
        Browser.settle(page);
        browser.screenshot(page, "bilag-upload-1024x768");
    }

    /**
     * The radio's request and the file's travel apart; here the radio's is held back until the file is stored, as a
     * slow network can do. The file must carry the choice the secretary saw, not the one the server last heard of.
     */
    @Test
    void aFileSentRightAfterChoosingLukketIsStoredLukketEvenWhenTheChoiceReachesTheServerLast() {
        Page page = browser.loggedIn(baseUrl(), "sekretariat", 1024, 768);
        Meeting fresh = openTheBilagOfAFreshMeeting(page);
        BrowserSteps.uploadBilag(page, "Åben", new FilePayload("Kort.pdf", "application/pdf", TestPdfs.pages(1, "Kort")));
        assertThat(page.locator(".plenum-bilag-row")).hasCount(1);
        Browser.settle(page);

        List<Route> heldBack = new ArrayList<>();
        Predicate<String> vaadinRequests = url -> url.contains("v-r=uidl");
        page.route(vaadinRequests, heldBack::add);
        BrowserSteps.uploadBilag(page, "Lukket",
                new FilePayload("Fortroligt.pdf", "application/pdf", TestPdfs.pages(1, SECRET)));
        assertThat(BrowserSteps.uploadEntry(page, "Fortroligt.pdf")).hasAttribute("complete", "");
        assertThat(heldBack).as("the radio's request, held back").isNotEmpty();
        List<Attachment> stored = journal.get(fresh.id()).items().getFirst().attachments();
        assertThat(stored).extracting(Attachment::name, Attachment::visibility)
                .containsExactly(tuple("Kort", Visibility.OPEN), tuple("Fortroligt", Visibility.CLOSED));

        page.unroute(vaadinRequests);
        heldBack.forEach(Route::resume);
        assertThat(page.locator(".plenum-bilag-row .plenum-badge").last()).hasText("Lukket");
    }

    /** The secretariat goes from the control view to the first item's Bilag in a newly imported meeting. */
    private Meeting openTheBilagOfAFreshMeeting(Page page) {
        Meeting fresh = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        String freshItem = fresh.items().getFirst().id();
        page.navigate(baseUrl() + "/meetings/" + fresh.id() + "/control");
        page.locator("[data-item-id='" + freshItem + "'] .plenum-control-bilag").click();
        page.waitForURL(url -> url.endsWith("/items/" + freshItem + "/bilag"));
        return fresh;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
