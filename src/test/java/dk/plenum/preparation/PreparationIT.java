package dk.plenum.preparation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.council.StandardItem;
import dk.plenum.council.internal.CouncilStore;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.support.Browser;
import dk.plenum.support.BrowserSteps;
import dk.plenum.support.PlenumTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat prepares a meeting in Danish in Chromium, as a new user would: a 12-item meeting of the demo
 * council from its standard items and nine items added in the item editor (one closed), one moved up with its
 * button and one dragged to the top, then published. A member with the meeting's page open sees an item edited
 * after that marked as changed without reloading; the public sees the open part only.
 */
@PlenumTest
class PreparationIT {

    private static final String CLOSED_TEXT = "Fortroligt om lejemålet på havnen";
    private static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(20_000);

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    CouncilService councils;

    @Autowired
    CouncilStore councilStore;

    @Autowired
    MeetingJournal journal;

    /** The demo council with the standard items a secretariat sets up with the council (issue 12, point 1). */
    @BeforeEach
    void theDemoCouncilHasStandardItems() {
        Council demo = councils.findByName("Erhvervsrådet").orElseThrow();
        if (demo.standardItems().isEmpty()) {
            councilStore.replaceIfUnchanged(demo, new Council(demo.id(), demo.name(), demo.description(),
                    "Mødelokale 1, Aalborg Rådhus", List.of(new StandardItem("Godkendelse af dagsorden", ItemKind.REGULAR),
                            new StandardItem("Bordet rundt", ItemKind.ROUND_THE_TABLE),
                            new StandardItem("Eventuelt", ItemKind.REGULAR)), demo.members()));
        }
    }

    @Test
    void theSecretariatPreparesAndPublishesAMeetingThatMembersAndThePublicThenFollow() {
        String base = "http://localhost:" + port;
        Page secretary = browser.loggedIn(base, "mette", 1024, 768);
        secretary.locator(".plenum-new-meeting-link", new Page.LocatorOptions().setHasText("Erhvervsrådet")).click();
        secretary.waitForURL(address -> address.endsWith("/meetings/new"));
        Browser.settle(secretary);
        assertThat(secretary.locator("h1")).hasText("Nyt møde i Erhvervsrådet");
        browser.screenshot(secretary, "prepare-new-meeting-tablet");
        secretary.locator(".plenum-prepare-form vaadin-text-field input").first().fill("Forberedt møde i Erhvervsrådet");
        secretary.locator(".plenum-create-meeting").click();
        secretary.waitForURL(address -> address.endsWith("/prepare"));
        String meetingId = secretary.url().replaceAll(".*/meetings/([^/]+)/prepare$", "$1");
        Browser.settle(secretary);
        assertThat(secretary.locator(".plenum-meeting-status")).hasText("Kladde");
        assertThat(secretary.locator(".plenum-prepare-item")).hasCount(3);

        for (String letter : List.of("A", "B", "C", "D", "E", "F", "G", "H", "I")) {
            boolean closed = letter.equals("E");
            BrowserSteps.addItem(secretary, "Sag " + letter, closed ? CLOSED_TEXT : "Åben tekst til sag " + letter,
                    closed);
        }
        assertThat(secretary.locator(".plenum-prepare-item")).hasCount(12);
        assertThat(journal.get(meetingId).items()).extracting(AgendaItem::title).endsWith("Sag I");

        // Sag I (12th) one up with its button, then Sag H dragged to the top.
        secretary.locator("vaadin-button[aria-label^='Flyt op: 12.']").click();
        Browser.settle(secretary);
        assertThat(titles(meetingId).get(10)).isEqualTo("Sag I");
        // The HTML drag events the grid listens to, dispatched on the rows' cells: headless Chromium driven by
        // Playwright's mouse did not start a native drag of a grid row here.
        Locator sagH = secretary.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Sag H"));
        Locator first = secretary.locator("vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Godkendelse af dagsorden"));
        BoundingBox top = first.boundingBox();
        JSHandle transfer = secretary.evaluateHandle("() => new DataTransfer()");
        Map<String, Object> overTheTop = Map.of("dataTransfer", transfer, "clientX", top.x + 20, "clientY", top.y + 2,
                "bubbles", true, "composed", true);
        sagH.dispatchEvent("dragstart", Map.of("dataTransfer", transfer, "bubbles", true, "composed", true));
        first.dispatchEvent("dragenter", overTheTop);
        first.dispatchEvent("dragover", overTheTop);
        first.dispatchEvent("drop", overTheTop);
        sagH.dispatchEvent("dragend", Map.of("dataTransfer", transfer, "bubbles", true, "composed", true));
        Browser.settle(secretary);
        List<String> order = titles(meetingId);
        assertThat(order.getFirst()).as("dragged to the top: %s", order).isEqualTo("Sag H");
        assertThat(journal.get(meetingId).items()).extracting(AgendaItem::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertButtonsBesideTheTitle(secretary.locator(".plenum-prepare-row").nth(1));
        browser.screenshot(secretary, "prepare-editor-tablet");

        secretary.locator(".plenum-publish").click();
        secretary.locator(".plenum-confirm-yes").click();
        Browser.settle(secretary);
        assertThat(secretary.locator(".plenum-meeting-status")).hasText("Udsendt");
        assertThat(journal.get(meetingId).draft()).isFalse();

        Page member = browser.loggedIn(base, "kirsten", 1024, 768);
        member.navigate(base + "/meetings/" + meetingId);
        Browser.settle(member);
        assertThat(member.locator(".plenum-item-title")).hasCount(12);
        assertThat(member.locator(".plenum-item-amended")).hasCount(0);

        String editedTitle = titles(meetingId).get(1);
        secretary.locator("vaadin-button[aria-label^='Redigér punktet: 2.']").click();
        Locator title = secretary.locator(".plenum-item-editor-title input");
        title.fill(editedTitle + " (rettet)");
        browser.screenshot(secretary, "prepare-item-editor-tablet");
        secretary.locator(".plenum-item-editor-save").click();
        Browser.settle(secretary);

        assertThat(member.locator("#item-2 .plenum-item-amended")).containsText("Ændret", LIVE);
        assertThat(member.locator("#item-2 .plenum-item-amended")).containsText(": titel");
        assertThat(member.locator("#item-2 .plenum-item-title")).hasText(editedTitle + " (rettet)");

        Page visitor = browser.open(base + "/live/" + meetingId);
        Browser.settle(visitor);
        assertThat(visitor.locator(".plenum-item-title")).hasCount(12);
        visitor.locator("details.plenum-item, vaadin-details.plenum-item, vaadin-accordion-panel.plenum-item").all().forEach(Locator::click);
        Browser.settle(visitor);
        assertThat(visitor.locator("body")).containsText("Åben tekst til sag A");
        assertThat(visitor.locator("body")).not().containsText(CLOSED_TEXT);

        Page phone = browser.loggedIn(base, "mette", 390, 844);
        phone.navigate(base + "/meetings/" + meetingId + "/prepare");
        Browser.settle(phone);
        assertButtonsBelowTheTitle(phone.locator(".plenum-prepare-row").nth(1));
        browser.screenshot(phone, "prepare-editor-phone");
        phone.navigate(base + "/councils/" + journal.get(meetingId).councilId() + "/meetings/new");
        Browser.settle(phone);
        browser.screenshot(phone, "prepare-new-meeting-phone");
        phone.navigate(base + "/");
        Browser.settle(phone);
        browser.screenshot(phone, "meetings-status-phone");
        secretary.navigate(base + "/");
        Browser.settle(secretary);
        browser.screenshot(secretary, "meetings-status-tablet");
    }

    /** On a tablet an agenda row's buttons sit on the title's line, to its right. */
    private static void assertButtonsBesideTheTitle(Locator row) {
        BoundingBox title = row.locator(".plenum-item-title").boundingBox();
        BoundingBox buttons = row.locator(".plenum-prepare-item-buttons").boundingBox();
        assertThat(buttons.x).isGreaterThanOrEqualTo(title.x + title.width);
        assertThat(buttons.y).isLessThan(title.y + title.height);
    }

    /**
     * On a phone an agenda row's buttons sit below its title, which gets the row's width (beside four buttons a long
     * title had a narrow strip, a word a line); the buttons stay 44 px touch targets.
     */
    private static void assertButtonsBelowTheTitle(Locator row) {
        BoundingBox whole = row.boundingBox();
        BoundingBox line = row.locator(".plenum-prepare-item").boundingBox();
        BoundingBox title = row.locator(".plenum-item-title").boundingBox();
        BoundingBox buttons = row.locator(".plenum-prepare-item-buttons").boundingBox();
        assertThat(line.width).isGreaterThan(whole.width * 0.9);
        assertThat(buttons.y).isGreaterThanOrEqualTo(title.y + title.height);
        for (Locator button : row.locator(".plenum-prepare-item-buttons vaadin-button").all()) {
            BoundingBox box = button.boundingBox();
            assertThat(Math.min(box.width, box.height)).isGreaterThanOrEqualTo(44);
        }
    }

    private List<String> titles(String meetingId) {
        Meeting meeting = journal.get(meetingId);
        return meeting.items().stream().map(AgendaItem::title).toList();
    }
}
