package dk.plenum.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.support.Api;
import dk.plenum.support.Browser;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ScriptedMeeting;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rough edges a newcomer hit (issue 15), as a person sees them in Chromium at a landscape tablet's size and a
 * phone's: the login returns to the meeting, fits a phone and switches language; a member confirms an apology in a
 * dialog with a reason and takes it back, and opening the control desk is told it is the secretariat's; the desk shows
 * the round-the-table posts and removes one after a confirm; the desk of a closed meeting offers nothing more to do
 * and its close dialog counts the undecided items with the safe button focused; a late item's missing title is said at
 * the field; a search hit is marked and opens its item; the minutes read at 16 px; the small links are 44 px tall
 * on a touch screen; the demo's past meetings that were never started say "Ikke afholdt" under "Tidligere møder",
 * below a coming one; and the list sends the public to its server-rendered page (issue 14). Screenshots of each at
 * 1024×768 and 390×844 go to {@code docs/screenshots/}.
 */
@PlenumTest
class RoughEdgesIT {

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

    @Test
    void loggingInFromAMeetingReturnsToItOnAPhoneAndInEnglish() {
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        Page wide = browser.newPage(1024, 768);
        wide.navigate(baseUrl() + "/login");
        assertThat(wide.locator("vaadin-login-form")).isVisible();
        Browser.document(wide, "login-1024x768", false);

        Page phone = browser.newTouchPage(390, 844);
        phone.navigate(baseUrl() + "/meetings/" + meeting.id());
        phone.locator(".plenum-login-link").click();
        phone.waitForURL(Pattern.compile(".*/login\\?continue=.*"));
        assertThat(phone.locator("vaadin-login-form")).isVisible();
        Browser.settle(phone);
        assertThat(sidewaysOverflow(phone)).as("the login page scrolls sideways at 390 px").isZero();
        Browser.document(phone, "login-390x844", false);

        phone.locator("vaadin-select.plenum-language").click();
        // On a phone the select opens full width over a backdrop that takes the pointer: the item gets the tap's click.
        phone.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("English")).dispatchEvent("click");
        assertThat(phone.locator("vaadin-login-form").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Log in").setExact(true))).isVisible();
        phone.locator("vaadin-text-field[name=username] input").fill("kirsten");
        Locator password = phone.locator("vaadin-password-field[name=password] input");
        password.fill("demo");
        password.press("Enter");

        phone.waitForURL(baseUrl() + "/meetings/" + meeting.id());
        assertThat(phone.locator(".plenum-user")).isVisible();
    }

    @Test
    void aClosedMeetingsDeskOffersNothingMoreAndClosingAsksWithTheSafeButtonFocused() {
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        proceedings.start(meeting.id(), ImportedMeetings.SECRETARIAT);
        proceedings.setCurrentItem(meeting.id(), meeting.items().get(1).id(), ImportedMeetings.SECRETARIAT);
        decisions.record(meeting.id(), meeting.items().get(0).id(), new DecisionInput(DecisionOutcome.APPROVED,
                "Godkendt.", null, null, null), ImportedMeetings.SECRETARIAT);
        Page desk = browser.loggedIn(baseUrl(), "sekretariat", 1024, 768);
        desk.navigate(baseUrl() + "/meetings/" + meeting.id() + "/control");

        desk.setViewportSize(390, 844);
        Locator dialog = refuseALateItemAndAskToClose(desk, "390x844");
        dialog.locator("vaadin-button[slot=cancel-button]").click();
        assertThat(dialog).isHidden();
        desk.setViewportSize(1024, 768);
        refuseALateItemAndAskToClose(desk, "1024x768").locator("vaadin-button[slot=confirm-button]").click();

        assertThat(desk.locator(".plenum-meeting-status")).hasText("Afsluttet");
        assertThat(desk.locator(".plenum-control-make-current:visible")).hasCount(0);
        assertThat(desk.locator(".plenum-control-move-up:visible, .plenum-control-move-down:visible")).hasCount(0);
        assertThat(desk.locator(".plenum-control-add-item")).isHidden();
        assertThat(desk.locator(".plenum-control-item.is-current")).hasCount(0);
        Browser.document(desk, "control-closed-1024x768", false);

        desk.setViewportSize(390, 844);
        desk.evaluate("() => window.scrollTo(0, 0)");
        Browser.document(desk, "control-closed-390x844", false);
    }

    /**
     * On the desk at its present size: a late item without a title is refused at the field, not in a toast; then the
     * close dialog counts the undecided items with the safe button focused. Both documented; returns the open dialog.
     */
    private static Locator refuseALateItemAndAskToClose(Page desk, String size) {
        desk.locator(".plenum-control-add-item").click();
        Locator lateItem = desk.locator("vaadin-dialog.plenum-control-late-item");
        lateItem.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Tilføj punktet")).click();
        assertThat(lateItem.locator("vaadin-text-field[invalid]")).containsText("Feltet titel må ikke være tomt.");
        assertThat(desk.locator("vaadin-notification-card")).hasCount(0);
        Browser.document(desk, "control-late-item-invalid-" + size, false);
        lateItem.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Annullér")).click();
        assertThat(lateItem).isHidden();

        desk.locator(".plenum-control-close").click();
        assertThat(desk.getByText(Pattern.compile("3 punkter har ingen beslutning\\."))).isVisible();
        desk.waitForFunction("() => document.activeElement && document.activeElement.getAttribute('slot') === 'cancel-button'");
        Browser.document(desk, "control-close-dialog-" + size, false);
        return desk.locator("vaadin-confirm-dialog.plenum-control-close-dialog");
    }

    @Test
    void theDeskShowsTheRoundTablePostsAndRemovesOneAfterAConfirm() {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 2);
        meeting.start();
        meeting.roundTableIsCurrent();
        meeting.postAsKirsten("Vi har åbnet et nyt kontor i Nørresundby.");
        meeting.postAsKirsten("Et indlæg der ikke hører hjemme her.");
        Page desk = browser.loggedIn(baseUrl(), "sekretariat", 1024, 768);
        desk.navigate(baseUrl() + "/meetings/" + meeting.id() + "/control");

        Locator posts = desk.locator(".plenum-control-roundtable-post");
        assertThat(posts).hasCount(2);
        assertThat(posts.first().locator(".plenum-control-roundtable-who")).containsText("Kirsten Møller Thomsen");
        desk.locator(".plenum-control-roundtable").scrollIntoViewIfNeeded();
        Browser.document(desk, "control-roundtable-moderation-1024x768", false);

        desk.setViewportSize(390, 844);
        posts.nth(1).locator(".plenum-control-roundtable-remove").click();
        Locator dialog = desk.locator("vaadin-confirm-dialog.plenum-control-roundtable-remove-dialog");
        desk.waitForFunction("() => document.activeElement && document.activeElement.getAttribute('slot') === 'cancel-button'");
        Browser.document(desk, "control-roundtable-moderation-390x844", false);
        dialog.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(posts).hasCount(1);
        assertThat(posts.locator(".plenum-control-roundtable-text")).hasText("Vi har åbnet et nyt kontor i Nørresundby.");
    }

    @Test
    void aMemberConfirmsAnApologyWithAReasonTakesItBackAndIsToldTheDeskIsTheSecretariats() {
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        Page member = browser.newTouchPage(390, 844);
        browser.logIn(member, baseUrl(), "kirsten", "demo");
        member.navigate(baseUrl() + "/meetings/" + meeting.id());
        Locator apology = member.locator(".plenum-apology");
        Locator dialog = member.locator("vaadin-dialog.plenum-apology-dialog");

        apology.click();
        assertThat(dialog.locator(".plenum-apology-reason")).isVisible();
        Browser.document(member, "member-apology-dialog-390x844", false);
        dialog.locator(".plenum-dialog-cancel").click();
        assertThat(dialog).isHidden();
        assertThat(member.locator(".plenum-own-attendance")).hasText("Dig: Ikke tjekket ind endnu");

        member.setViewportSize(1024, 768);
        apology.click();
        dialog.locator(".plenum-apology-reason textarea").fill("Til lægen");
        Browser.document(member, "member-apology-dialog-1024x768", false);
        dialog.locator(".plenum-apology-send").click();
        assertThat(member.locator(".plenum-own-note")).hasText("Grund: Til lægen");
        assertThat(dialog).hasCount(0);
        Locator takeBack = member.locator(".plenum-take-back-apology");
        assertThat(takeBack).isVisible();
        assertThat(apology).isHidden();
        Browser.document(member, "member-apology-sent-1024x768", false);
        member.setViewportSize(390, 844);
        Browser.document(member, "member-apology-sent-390x844", false);
        takeBack.click();
        assertThat(apology).isVisible();
        assertThat(member.locator(".plenum-own-note")).isHidden();

        member.navigate(baseUrl() + "/meetings/" + meeting.id() + "/control");
        assertThat(member.locator("h1")).hasText("Kun for sekretariatet");
        assertThat(member.locator("body")).not().containsText("Siden findes ikke");
        Browser.document(member, "control-refused-390x844", false);
        member.setViewportSize(1024, 768);
        Browser.document(member, "control-refused-1024x768", false);
        assertThat(member.locator(".plenum-control-refused-back").boundingBox().height).as("a touch target")
                .isGreaterThanOrEqualTo(44);
        member.locator(".plenum-control-refused-back").click();
        member.waitForURL(baseUrl() + "/meetings/" + meeting.id());
    }

    @Test
    void aSearchHitIsMarkedAndOpensItsItemScrolledTo() {
        String word = "havneudvikling" + System.nanoTime();
        Meeting meeting = imports.importMeeting(meetingWithLongItems(word), ImportedMeetings.SECRETARIAT);
        String itemId = meeting.items().get(5).id();

        for (int[] size : new int[][] {{390, 844}, {1024, 768}}) {
            Page page = size[0] < 768 ? browser.newTouchPage(size[0], size[1]) : browser.newPage(size[0], size[1]);
            page.navigate(baseUrl() + "/search?q=" + word.substring(0, 12));
            Locator hit = page.locator(".plenum-search-hit").filter(new Locator.FilterOptions().setHasText(word));
            assertThat(hit.locator("mark").first()).hasText(Pattern.compile(word.substring(0, 12) + ".*"));
            assertThat(hit.locator(".plenum-search-snippet")).containsText("Om <b>");
            assertThat(hit.locator(".plenum-search-snippet b")).hasCount(0);
            assertThat(hit.locator(".plenum-search-title").boundingBox().height).isGreaterThanOrEqualTo(44);
            assertThat(sidewaysOverflow(page)).as("the search page scrolls sideways at %d px", size[0]).isZero();
            Browser.document(page, "search-" + size[0] + "x" + size[1], false);
            hit.locator(".plenum-search-title").click();
            page.waitForURL(Pattern.compile(".*/meetings/" + meeting.id() + "\\?item=" + itemId));
            Locator card = page.locator("vaadin-accordion-panel.plenum-item[data-item-id='" + itemId + "']");
            assertThat(card).hasAttribute("opened", "");
            page.waitForFunction("card => { const box = card.getBoundingClientRect();"
                    + " return box.top >= 0 && box.top < window.innerHeight; }", card.elementHandle());
        }
    }

    @Test
    void theMinutesReadAt16PxOnATabletAndTheSmallLinksAreTouchTargets() {
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        proceedings.start(meeting.id(), ImportedMeetings.SECRETARIAT);
        proceedings.close(meeting.id(), ImportedMeetings.SECRETARIAT);
        Page touch = browser.newTouchPage(768, 1024);

        for (int[] size : new int[][] {{768, 1024}, {1024, 768}, {390, 844}}) {
            touch.setViewportSize(size[0], size[1]);
            touch.navigate(baseUrl() + "/meetings/" + meeting.id());
            Locator links = touch.locator(".plenum-minutes-download a");
            assertThat(links).hasCount(3);
            for (int link = 0; link < 3; link++) {
                assertThat(links.nth(link).boundingBox().height).as("minutes link %d at %d px", link, size[0])
                        .isGreaterThanOrEqualTo(44);
            }
            touch.navigate(baseUrl() + "/councils/" + meeting.councilId() + "/plan");
            assertThat(touch.locator(".plenum-plan-feed").boundingBox().height).as("iCal link at %d px", size[0])
                    .isGreaterThanOrEqualTo(44);

            touch.navigate(baseUrl() + "/api/meetings/" + meeting.id() + "/minutes?format=html&lang=da");
            String bodySize = (String) touch.evaluate("() => getComputedStyle(document.body).fontSize");
            assertThat(Double.parseDouble(bodySize.replace("px", ""))).isGreaterThanOrEqualTo(16);
            if (size[0] != 768) {
                Browser.keep(touch, "minutes-html-" + size[0] + "x" + size[1], false);
            }
        }
    }

    @Test
    void theDemosNeverHeld2024MeetingsSaySoAndAComingMeetingIsListed() {
        for (int[] size : new int[][] {{1024, 768}, {390, 844}}) {
            Page page = size[0] < 768 ? browser.newTouchPage(size[0], size[1]) : browser.newPage(size[0], size[1]);
            page.navigate(baseUrl() + "/");
            Locator coming = page.locator("h2:text-is('Kommende møder') + .plenum-meeting-list .plenum-meeting-card");
            assertThat(coming.first()).isVisible();
            Locator past = page.locator("h2:text-is('Tidligere møder') + .plenum-meeting-list .plenum-meeting-card");
            // The demo's theme meeting of 30 May 2024 was published and never started: it is not listed as held.
            Locator may = past.filter(new Locator.FilterOptions().setHasText("30. maj 2024"));
            assertThat(may.locator(".plenum-meeting-status")).hasText("Ikke afholdt");
            assertThat(page.getByText("Afholdte møder")).hasCount(0);
            Browser.document(page, "meetings-" + size[0] + "x" + size[1], false);
        }
    }

    @Test
    void theMeetingsListSendsThePublicToItsOwnPageAndAMemberToTheirs() {
        Page visitor = browser.newPage(1024, 768);
        visitor.navigate(baseUrl() + "/");
        visitor.locator(".plenum-meeting-card", new Page.LocatorOptions().setHasText("29. februar 2024")).click();
        visitor.waitForURL(Pattern.compile(".*/live/[^/?]+\\?lang=da"));
        assertThat(visitor.locator("h1")).hasText("Møde i Erhvervsrådet");

        Page member = browser.loggedIn(baseUrl(), "kirsten", 1024, 768);
        member.navigate(baseUrl() + "/");
        member.locator(".plenum-meeting-card", new Page.LocatorOptions().setHasText("29. februar 2024")).click();
        member.waitForURL(Pattern.compile(".*/meetings/[^/?]+"));
        assertThat(member.locator(".plenum-item-title")).hasCount(11);
    }

    /**
     * How far the page reaches beyond the screen's width: zero when nothing scrolls sideways. Against the viewport asked
     * for, not the window's: a phone's browser widens its layout to content that does not fit.
     */
    private static int sidewaysOverflow(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()
                - page.viewportSize().width;
    }

    /** Eight items with long texts, the word in item 6's: the agenda is far longer than a screen. */
    private static String meetingWithLongItems(String word) {
        String filler = "Sekretariatet redegør for sagens baggrund, økonomi og tidsplan. ".repeat(12);
        StringBuilder items = new StringBuilder();
        for (int number = 1; number <= 8; number++) {
            String body = filler + (number == 6 ? "Om <b>" + word + "</b> i den gamle havn. " + filler : "");
            items.append(number == 1 ? "" : ",").append("""
                    {"number": %d, "title": "Punkt %d", "visibility": "OPEN",
                     "sections": [{"heading": "Sagsfremstilling", "body": "%s"}]}""".formatted(number, number, body));
        }
        return """
                {"council": "Erhvervsrådet", "title": "Søgemøde", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                 "items": [%s]}""".formatted(ImportedMeetings.nextStartsAt(), items);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
