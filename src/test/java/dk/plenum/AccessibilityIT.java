package dk.plenum;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.bilag.TestPdfs;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilMember;
import dk.plenum.council.CouncilService;
import dk.plenum.council.CouncilService.CouncilDetails;
import dk.plenum.council.CouncilService.MemberDetails;
import dk.plenum.decision.DecisionInput;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Visibility;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.AccountService.NewAccount;
import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.Browser;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every view as the public, a member and the secretariat see it, before, during and after a meeting (the public's
 * server-rendered page and the room display included), in Danish and
 * English, checked by Deque's axe-core (every rule it runs by default, of any impact): none may be violated. Then
 * what axe cannot see: the page's language follows the UI's, a skip link leads to the main content, every agenda
 * item is a heading, news is announced, a live refresh keeps the focus where it was, the focus ring on a primary
 * button stands out, and Vaadin's own texts (connection banner, password reveal button) are in the UI language.
 */
@PlenumTest
class AccessibilityIT {

    private static final Map<String, String> LANGUAGE_NAMES = Map.of("da", "dansk", "en", "English");

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

    @Autowired
    BilagService bilag;

    @Autowired
    CouncilService councils;

    @Autowired
    AccountService accounts;

    @Test
    void everyViewHasNoAxeViolationInDanishOrEnglish() {
        Meeting before = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        String itemWithBilag = before.items().getFirst().id();
        Meeting withBilag = bilag.add(before.id(), itemWithBilag, List.of(new BilagUpload("Budgetnotat.pdf",
                TestPdfs.pages(2, "Budget"))), Visibility.OPEN, ImportedMeetings.SECRETARIAT);
        String attachmentId = withBilag.items().getFirst().attachments().getLast().id();
        ApiMeeting during = ImportedMeetings.runningOverApi(new Api(port), "Erhvervsrådet", 1);
        during.post("/current-item", "{\"itemId\": \"%s\"}".formatted(during.itemId(1)), "sekretariat");
        Meeting after = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        proceedings.start(after.id(), ImportedMeetings.SECRETARIAT);
        decisions.record(after.id(), after.items().get(1).id(), new DecisionInput(DecisionOutcome.APPROVED,
                "Dagsordenen blev godkendt.", null, null, null), ImportedMeetings.SECRETARIAT);
        proceedings.close(after.id(), ImportedMeetings.SECRETARIAT);
        String council = "/councils/" + before.councilId();
        // The page a new member's invitation opens, where they choose their password.
        Council newCouncil = councils.create(ImportedMeetings.SECRETARIAT, new CouncilDetails("Råd " + UUID.randomUUID(),
                null, null, List.of()));
        CouncilMember newMember = councils.addMember(ImportedMeetings.SECRETARIAT, newCouncil.id(), new MemberDetails(
                "Ulla Bach", MemberRole.MEMBER, null, null, null, null));
        String activation = "/activate/" + accounts.createWithActivationLink(ImportedMeetings.SECRETARIAT, new NewAccount(
                "ulla-" + UUID.randomUUID(), AccountRole.MEMBER, newCouncil.id(), newMember.id())).token();

        List<String> anonymous = List.of("/", "/councils", council, council + "/plan", "/search?q=budget",
                "/meetings/" + before.id(), "/meetings/" + during.id(), "/meetings/" + after.id(), "/login",
                "/live/" + during.id(), "/meetings/" + during.id() + "/display", activation);
        List<String> member = List.of("/meetings/" + before.id(), "/meetings/" + during.id(), "/meetings/"
                + after.id(), "/meetings/" + before.id() + "/items/" + itemWithBilag + "/bilag/" + attachmentId
                + "?page=1", "/account/password");
        List<String> secretariat = List.of("/meetings/" + before.id() + "/control", "/meetings/" + during.id()
                + "/control", "/meetings/" + after.id() + "/control", "/meetings/" + during.id() + "/display",
                "/meetings/" + before.id() + "/prepare", council, council + "/meetings/new", "/meetings/"
                + before.id() + "/items/" + itemWithBilag + "/bilag");

        List<String> violations = new ArrayList<>();
        for (String language : List.of("da", "en")) {
            check(inLanguage(browser.newPage(1024, 768), language), language, "public", anonymous, violations);
            Page minutes = browser.newPage(1024, 768);
            minutes.navigate(url("/api/meetings/" + after.id() + "/minutes?format=html&lang=" + language));
            assertThat(minutes.locator("html")).hasAttribute("lang", language);
            violations.addAll(axe(minutes, language + " public minutes"));
            Page kirsten = inLanguage(browser.loggedIn(url(""), "kirsten", 1024, 768), language);
            check(kirsten, language, "kirsten", member, violations);
            // A wrong link inside the app, followed by Vaadin's router as a reader does.
            kirsten.navigate(url("/"));
            Browser.settle(kirsten);
            kirsten.evaluate("""
                    () => {
                      const wrong = document.createElement('a');
                      wrong.href = 'meetings/no-such-meeting';
                      wrong.textContent = 'wrong';
                      document.querySelector('main').appendChild(wrong);
                      wrong.click();
                    }""");
            assertThat(kirsten).hasURL(url("/meetings/no-such-meeting"));
            assertThat(kirsten.locator("h1")).hasText(language.equals("da") ? "Siden findes ikke" : "Page not found");
            assertThat(kirsten).hasTitle(language.equals("da") ? "Siden findes ikke · Plenum" : "Page not found · Plenum");
            violations.addAll(checkShown(kirsten, language + " kirsten not found", true));
            check(inLanguage(browser.loggedIn(url(""), "sekretariat", 1024, 768), language), language, "sekretariat",
                    secretariat, violations);
        }
        assertThat(violations).as("axe-core's violations").isEmpty();
    }

    @Test
    void aLiveRefreshKeepsTheFocusAndAnnouncesTheNews() {
        ApiMeeting meeting = ImportedMeetings.runningOverApi(new Api(port), "Erhvervsrådet", 1);
        meeting.post("/current-item", "{\"itemId\": \"%s\"}".formatted(meeting.itemId(1)), "sekretariat");
        Page member = browser.loggedIn(url(""), "kirsten", 1024, 768);
        member.navigate(url("/meetings/" + meeting.id()));
        Locator item = member.locator("[data-item-id='" + meeting.itemId(1) + "']");
        Locator ask = item.locator("vaadin-button.plenum-protocol-ask");
        assertThat(ask).isVisible();
        ask.focus();
        ask.evaluate("button => window.focusedBeforeRefresh = button");

        assertThat(meeting.post("/items/" + meeting.itemId(1) + "/decision",
                "{\"outcome\": \"APPROVED\", \"text\": \"Dagsordenen blev godkendt.\"}", "sekretariat")
                .statusCode()).isEqualTo(200);
        assertThat(item.locator(".plenum-decision-text")).hasText("Dagsordenen blev godkendt.");
        Browser.settle(member);
        assertThat(member.evaluate("() => document.activeElement === window.focusedBeforeRefresh"))
                .as("the focus stays on the button, not on " + member.evaluate("() => document.activeElement.outerHTML"))
                .isEqualTo(true);
        assertThat(member.locator(".plenum-announcer")).hasText("Beslutning på punkt 2, Godkendelse af dagsorden: Godkendt.");
        assertThat(member.locator(".plenum-connection")).hasAttribute("role", "status");

        // The "Now" button in the header, focused, stays focused while the header is redrawn for the next item.
        Locator now = member.locator(".plenum-now");
        now.focus();
        now.evaluate("button => window.focusedBeforeRefresh = button");
        meeting.post("/current-item", "{\"itemId\": \"%s\"}".formatted(meeting.itemId(3)), "sekretariat");
        assertThat(member.locator(".plenum-announcer")).hasText("Nu behandles punkt 4, Eventuelt.");
        assertThat(now).containsText("Eventuelt");
        Browser.settle(member);
        assertThat(member.evaluate("() => document.activeElement === window.focusedBeforeRefresh")).isEqualTo(true);
        assertThat(member.locator("[data-item-id='" + meeting.itemId(3) + "'] vaadin-accordion-heading"))
                .hasAttribute("aria-level", "3");
        assertThat(member.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setLevel(3).setName(Pattern.compile("Eventuelt")))).hasCount(1);
    }

    @Test
    void theSkipLinkTheFocusRingAndVaadinsOwnTextsServeAKeyboardUserInTheirLanguage() {
        Page page = inLanguage(browser.newPage(1024, 768), "en");
        page.navigate(url("/"));
        Browser.settle(page);
        page.keyboard().press("Tab");
        Locator skip = page.locator(".plenum-skip-link");
        assertThat(skip).isFocused();
        assertThat(skip).hasText("Skip to the content");
        page.keyboard().press("Enter");
        assertThat(page.locator("main#plenum-main")).isFocused();
        assertThat(page).hasURL(url("/"));
        Object connectionTexts = page.evaluate("() => [window.Vaadin.connectionIndicator.reconnectingText,"
                + " window.Vaadin.connectionIndicator.offlineText, window.Vaadin.connectionIndicator.onlineText]");
        assertThat(connectionTexts).isEqualTo(List.of("The connection is lost: reconnecting…",
                "The connection is lost. Reload the page when you are online again.", "Connected"));

        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        Locator password = page.locator("vaadin-password-field");
        assertThat(password.locator("[slot=reveal]")).hasAttribute("aria-label", "Show password");
        password.locator("input").focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        Locator submit = page.locator("vaadin-button[theme~=primary]");
        assertThat(submit).isFocused();
        assertThat(submit).hasAttribute("focus-ring", "");
        @SuppressWarnings("unchecked")
        List<String> ringAndBackground = (List<String>) submit.evaluate("""
                button => {
                  const colours = getComputedStyle(button).boxShadow.match(/rgba?\\([^)]*\\)/g) || [''];
                  // The backgrounds under the button down to the first opaque one; a translucent one (e.g. the
                  // page frame's 5 % tint) is seen blended over what lies under it, the page's white at the bottom.
                  const layers = [];
                  let node = button.parentElement;
                  while (node) {
                    const channels = (getComputedStyle(node).backgroundColor.match(/[\\d.]+/g) || []).map(Number);
                    const alpha = channels.length === 4 ? channels[3] : 1;
                    if (channels.length >= 3 && alpha > 0) {
                      layers.push([channels[0], channels[1], channels[2], alpha]);
                      if (alpha >= 1) {
                        break;
                      }
                    }
                    node = node.parentElement || (node.getRootNode() && node.getRootNode().host) || null;
                  }
                  let [r, g, b] = [255, 255, 255];
                  for (const [lr, lg, lb, a] of layers.reverse()) {
                    [r, g, b] = [lr * a + r * (1 - a), lg * a + g * (1 - a), lb * a + b * (1 - a)];
                  }
                  return [colours[colours.length - 1], `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`];
                }""");
        assertThat(contrast(ringAndBackground.get(0), ringAndBackground.get(1)))
                .as("contrast of the focus ring %s on %s", ringAndBackground.get(0), ringAndBackground.get(1))
                .isGreaterThanOrEqualTo(3.0);

        page.navigate(url("/"));
        inLanguage(page, "da");
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "da");
        assertThat(password.locator("[slot=reveal]")).hasAttribute("aria-label", "Vis adgangskode");
    }

    /** WCAG's contrast ratio of two opaque colours given as CSS {@code rgb(r, g, b)}. */
    private static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    /** Opens each page in turn, checks what every Vaadin page must have, and runs axe on it. */
    private void check(Page page, String language, String who, List<String> paths, List<String> violations) {
        for (String path : paths) {
            // The public's page is rendered on the server, in the language its link names, with no Vaadin to settle.
            boolean vaadin = !path.startsWith("/live/");
            page.navigate(url(vaadin ? path : path + "?lang=" + language));
            page.locator("main, [role=main]").first().waitFor();
            violations.addAll(checkShown(page, language + " " + who + " " + path, vaadin));
        }
    }

    /** What every page must have, and axe's violations, on the page shown now. */
    private static List<String> checkShown(Page page, String where, boolean vaadin) {
        List<String> violations = new ArrayList<>();
        String language = where.substring(0, 2);
        if (vaadin) {
            Browser.settle(page);
        }
        if (!language.equals(page.locator("html").getAttribute("lang"))) {
            violations.add(where + ": lang is " + page.locator("html").getAttribute("lang"));
        }
        if (page.locator("main, [role=main]").count() != 1) {
            violations.add(where + ": not one main landmark");
        }
        if (page.title().isBlank()) {
            violations.add(where + ": no title");
        }
        violations.addAll(axe(page, where));
        return violations;
    }

    /** The page, with the UI switched to {@code language} (da or en) with the header's language switch. */
    private Page inLanguage(Page page, String language) {
        if (!page.url().startsWith(url("/"))) {
            page.navigate(url("/"));
        }
        Browser.settle(page);
        if (!language.equals(page.locator("html").getAttribute("lang"))) {
            page.locator("vaadin-select.plenum-language").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(LANGUAGE_NAMES.get(language))
                    .setExact(true)).click();
        }
        assertThat(page.locator("html")).hasAttribute("lang", language);
        return page;
    }

    private static List<String> axe(Page page, String where) {
        List<String> found = new ArrayList<>();
        for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add("%s: %s (%s) %s at %s %s".formatted(where, rule.getId(), rule.getImpact(), rule.getHelp(),
                        node.getTarget(), abbreviated(node.getHtml())));
            }
        }
        return found;
    }

    private static String abbreviated(String html) {
        return html == null || html.length() <= 200 ? html : html.substring(0, 200) + "…";
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
