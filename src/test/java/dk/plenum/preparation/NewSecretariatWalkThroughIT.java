package dk.plenum.preparation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dk.plenum.bilag.TestPdfs;
import dk.plenum.support.Api;
import dk.plenum.support.Browser;
import dk.plenum.support.BrowserSteps;
import dk.plenum.support.LoginForm;
import dk.plenum.support.PlenumTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12's proof in one walk, in Danish and only through the pages, as a municipality starts with Plenum. The
 * administrator creates a council, gives its secretariat a login and logs out. The new secretariat adds nine
 * members and a substitute through the member form, gives one a first password and another an activation link
 * (which the member opens in a browser of their own to choose a password), creates a 12-item meeting from the
 * standard items and nine items of its own, uploads three Bilag PDFs through the Upload component (one closed)
 * and publishes the agenda. The member with the first password reads page 3 of the open Bilag on a 768×1024
 * tablet, goes back and opens the closed one, and logs out. The public sees the open Bilag's name and nothing of
 * the closed one, and is refused its file and page by address.
 */
@PlenumTest
class NewSecretariatWalkThroughIT {

    /** Written on every page of the closed Bilag: the public must never see it. */
    private static final String SECRET = "FORTROLIGT lejemaal";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    record Person(String name, String role) {
    }

    /** Nine members, the chair and vice chair among them, and a substitute; {@code null} is "Medlem". */
    private static final List<Person> COUNCIL = List.of(
            new Person("Karen Bech", "Formand"),
            new Person("Lars Juul", "Næstformand"),
            new Person("Maja Kjær", null),
            new Person("Niels Brandt", null),
            new Person("Olivia Storm", null),
            new Person("Peter Damgaard", null),
            new Person("Rikke Lind", null),
            new Person("Søren Vestergaard", null),
            new Person("Tove Ries", null),
            new Person("Ulrik Frost", "Stedfortræder"));

    @Test
    void aNewSecretariatPreparesAMeetingThatAMemberReadsOnATabletAndThePublicFollows() {
        String run = Long.toString(System.nanoTime(), 36);
        String councilName = "Vejby Ungdomsråd " + run;
        String secretaryUsername = "sara-" + run;
        String karenUsername = "karen-" + run;
        String larsUsername = "lars-" + run;

        // The administrator creates the council and its secretariat's login, then logs out.
        Page administrator = browser.loggedIn(base(), "sekretariat", 1024, 768);
        BrowserSteps.createCouncil(administrator, councilName, "Giver unge en stemme", "Rådhuset, mødelokale 2");
        BrowserSteps.addMember(administrator, "Sara Winther", "Sekretariat", "sara@vejby.dk");
        BrowserSteps.giveLoginWithPassword(administrator, "Sara Winther", secretaryUsername, "sara vælger en kode");
        logOutAndCheckTheSessionIsGone(administrator);

        // The council's own secretariat adds the council and gives two of them logins.
        Page secretariat = browser.loggedIn(base(), secretaryUsername, "sara vælger en kode", 1024, 768);
        assertThat(secretariat.locator(".plenum-user")).hasText("Sara Winther");
        secretariat.locator(".plenum-nav-councils").click();
        secretariat.locator(".plenum-council-list a", new Page.LocatorOptions().setHasText(councilName)).click();
        assertThat(secretariat.locator("h1")).hasText(councilName);
        for (Person person : COUNCIL) {
            BrowserSteps.addMember(secretariat, person.name(), person.role(),
                    person.name().split(" ")[0].toLowerCase() + "@vejby.dk");
        }
        assertThat(secretariat.locator(".plenum-members-current li.plenum-member")).hasCount(11);
        assertThat(BrowserSteps.member(secretariat, "Ulrik Frost")).containsText("Stedfortræder");
        BrowserSteps.giveLoginWithPassword(secretariat, "Karen Bech", karenUsername, "karens første kode");
        String link = BrowserSteps.giveActivationLink(secretariat, "Lars Juul", larsUsername);
        secretariat.getByText("Færdig").click();
        assertThat(BrowserSteps.member(secretariat, "Lars Juul").locator(".plenum-login-state"))
                .hasText("Login " + larsUsername + ": venter på aktivering");
        BrowserSteps.choosePassword(browser.newPage(1024, 768), link, "lars vælger selv");
        Page lars = browser.loggedIn(base(), larsUsername, "lars vælger selv", 1024, 768);
        assertThat(lars.locator(".plenum-user")).hasText("Lars Juul");

        // A meeting from the council's three standard items and nine more.
        String meetingTitle = "Ungdomsrådets første møde " + run;
        secretariat.locator(".plenum-new-meeting-link").click();
        assertThat(secretariat.locator("h1")).hasText("Nyt møde i " + councilName);
        secretariat.locator(".plenum-prepare-form vaadin-text-field input").first().fill(meetingTitle);
        secretariat.locator(".plenum-create-meeting").click();
        secretariat.waitForURL(address -> address.endsWith("/prepare"));
        assertThat(secretariat.locator(".plenum-meeting-status")).hasText("Kladde");
        assertThat(secretariat.locator(".plenum-prepare-item")).hasCount(3);
        for (String letter : List.of("A", "B", "C", "D", "E", "F", "G", "H", "I")) {
            BrowserSteps.addItem(secretariat, "Sag " + letter, "Indstilling til sag " + letter, false);
        }
        assertThat(secretariat.locator(".plenum-prepare-item")).hasCount(12);

        // Three Bilag on item 4, "Sag A", through the Upload component: two open, one closed.
        secretariat.locator("vaadin-button[aria-label='Bilag til punktet: 4. Sag A']").click();
        secretariat.waitForURL(address -> address.endsWith("/bilag"));
        BrowserSteps.uploadBilag(secretariat, "Åben",
                new FilePayload("Årsrapport 2023.pdf", "application/pdf", TestPdfs.pages(5, "Rapport")),
                new FilePayload("Budget 2024.pdf", "application/pdf", TestPdfs.pages(2, "Budget")));
        assertThat(secretariat.locator(".plenum-bilag-row")).hasCount(2);
        BrowserSteps.uploadBilag(secretariat, "Lukket",
                new FilePayload("Fortroligt notat.pdf", "application/pdf", TestPdfs.pages(2, SECRET)));
        assertThat(secretariat.locator(".plenum-bilag-row")).hasCount(3);
        assertThat(secretariat.locator(".plenum-bilag-row .plenum-badge-closed")).hasText("Lukket");
        assertThat(BrowserSteps.uploadEntry(secretariat, "Fortroligt notat.pdf")).hasAttribute("complete", "");

        secretariat.locator(".plenum-bilag-back").click();
        secretariat.waitForURL(address -> address.endsWith("/prepare"));
        secretariat.locator(".plenum-publish").click();
        secretariat.locator(".plenum-confirm-yes").click();
        assertThat(secretariat.locator(".plenum-meeting-status")).hasText("Udsendt");

        // The member with the first password reads the open Bilag on a tablet, then the closed one.
        Page karen = browser.loggedIn(base(), karenUsername, "karens første kode", 768, 1024);
        karen.locator(".plenum-meeting-card", new Page.LocatorOptions().setHasText(meetingTitle)).click();
        Locator itemA = itemCard(karen, "Sag A");
        itemA.locator("vaadin-details-summary, [slot=summary]").first().click();
        itemA.locator(".plenum-bilag-link", new Locator.LocatorOptions().setHasText("Årsrapport 2023")).click();
        karen.waitForURL(address -> address.contains("/bilag/"));
        Locator pageOf = karen.locator(".plenum-bilag-page-of");
        assertThat(pageOf).hasText("Side 1 af 5");
        karen.locator(".plenum-bilag-next").click();
        assertThat(pageOf).hasText("Side 2 af 5");
        karen.locator(".plenum-bilag-next").click();
        assertThat(pageOf).hasText("Side 3 af 5");
        assertThat(karen.locator(".plenum-bilag-text")).hasText("Rapport side 3");
        assertThat(karen).hasURL(Pattern.compile(".*[?&]page=3$"));
        BrowserSteps.assertPageDrawn(karen);

        karen.locator(".plenum-bilag-back").click();
        karen.waitForURL(address -> address.contains("?item="));
        assertThat(itemA).hasAttribute("opened", "");
        itemA.locator(".plenum-bilag-link", new Locator.LocatorOptions().setHasText("Fortroligt notat")).click();
        karen.waitForURL(address -> address.contains("/bilag/"));
        assertThat(pageOf).hasText("Side 1 af 2");
        assertThat(karen.locator(".plenum-bilag-text")).hasText(SECRET + " side 1");
        BrowserSteps.assertPageDrawn(karen);
        Browser.settle(karen);
        String closedReader = URI.create(karen.url()).getPath();
        String closedPageImage = (String) karen.evaluate("() => document.querySelector('.plenum-bilag-image').src");
        logOutAndCheckTheSessionIsGone(karen);

        // The public: the open Bilag's names, nothing of the closed one, by page or by address.
        Page visitor = browser.open(base() + "/");
        visitor.locator(".plenum-meeting-card", new Page.LocatorOptions().setHasText(meetingTitle)).click();
        // The list sends the public to its server-rendered page; the Vaadin page is open to them as well.
        visitor.waitForURL(Pattern.compile(".*/live/[^/?]+\\?lang=da"));
        visitor.navigate(base() + "/meetings/" + visitor.url().replaceAll(".*/live/([^/?]+).*", "$1"));
        Locator publicItemA = itemCard(visitor, "Sag A");
        publicItemA.locator("vaadin-details-summary, [slot=summary]").first().click();
        assertThat(publicItemA.locator(".plenum-bilag-link")).hasCount(2);
        assertThat(publicItemA).containsText("Årsrapport 2023");
        assertThat(publicItemA).containsText("Budget 2024");
        assertThat(visitor.locator("body")).not().containsText("Fortroligt notat");
        assertThat(visitor.locator("body")).not().containsText(SECRET);

        Matcher ids = Pattern.compile("/meetings/([^/]+)/items/([^/]+)/bilag/([^/?]+)").matcher(closedReader);
        assertThat(ids.find()).as(closedReader).isTrue();
        String closedFile = "/api/meetings/" + ids.group(1) + "/items/" + ids.group(2) + "/attachments/" + ids.group(3);
        Api anonymous = new Api(port);
        for (String path : List.of(closedFile, closedFile + "/pages/1", closedFile + "/text")) {
            assertThat(anonymous.getBytes(path, null).statusCode()).as(path).isEqualTo(404);
        }
        HttpResponse<byte[]> pageImage = getWithoutLogin(closedPageImage);
        assertThat(pageImage.headers().firstValue("Content-Type").orElse("")).as(closedPageImage)
                .doesNotStartWith("image/");
        visitor.navigate(base() + closedReader);
        assertThat(visitor.locator(".plenum-bilag-refused")).hasText("Bilaget findes ikke, eller du må ikke læse det.");
        assertThat(visitor.locator(".plenum-bilag-image")).hasCount(0);
        assertThat(visitor.locator("body")).not().containsText(SECRET);
    }

    /** The item's card on the meeting's page, found by its whole title (plain words) as a reader finds it. */
    private static Locator itemCard(Page page, String title) {
        // Playwright hands the pattern to the browser's RegExp, which knows no Pattern.quote.
        return page.locator(".plenum-item", new Page.LocatorOptions().setHas(page.locator(".plenum-item-title",
                new Page.LocatorOptions().setHasText(Pattern.compile("^" + title + "$")))));
    }

    /**
     * Taps "Log ud" in the header: the page then offers the login again, and the session it had is no longer
     * logged in on the server (its cookie, sent again, opens no page that needs a login).
     */
    private void logOutAndCheckTheSessionIsGone(Page page) {
        String session = page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElseThrow();
        LoginForm form = new LoginForm(port);
        assertThat(form.loggedIn(session)).as("logged in before the tap").isTrue();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Log ud")).click();
        assertThat(page.locator(".plenum-login-link")).isVisible();
        assertThat(form.loggedIn(session)).as("logged in after the tap").isFalse();
    }

    private static HttpResponse<byte[]> getWithoutLogin(String address) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
