package dk.plenum.publicpage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.bilag.TestPdfs;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Visibility;
import dk.plenum.shell.Navigation;
import dk.plenum.support.Browser;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, each member on a device of their own (a browser profile): Kirsten opens a meeting, writes a note and
 * taps "Gem til offline"; a Bilag renamed while her page is open is in the copy soon after, by itself; without network
 * a reload shows the members' edition (the closed item's text, her note, the closed Bilag's pages) marked offline, and back online the live page returns by itself. Her browser closed and
 * reopened offline still shows it (the time this takes and the copy's size are printed). Thomas, on his own device,
 * never reads her note. Logging out leaves no copy: offline, the meeting no longer opens. Screenshots of the offline
 * edition at 1024×768 and 390×844, and of the live page's "Gem til offline" at 1024×768.
 */
@PlenumTest
class OfflineReadingIT {

    private static final String CLOSED_TEXT = "Kommunen tilbyder grunden for 4,2 mio. kr.";
    private static final String NOTE = "Spørg til prisen pr. kvadratmeter.";
    private static final String RENAMED_BILAG = "Vurdering, rettet";
    private static final String BYTES_KEPT = """
            async () => {
              let total = 0;
              for (const name of await caches.keys()) {
                if (name.startsWith('plenum-offline-') && name !== 'plenum-offline-user') {
                  const copies = await caches.open(name);
                  for (const request of await copies.keys()) {
                    total += (await (await copies.match(request)).blob()).size;
                  }
                }
              }
              return total;
            }""";

    /** Whether a kept edition of the meeting holds the text (the argument): a copy made after it was written. */
    private static final String KEPT_WITH_TEXT = """
            async text => {
              for (const name of await caches.keys()) {
                const copies = await caches.open(name);
                for (const request of await copies.keys()) {
                  if (request.url.includes('/offline?') && (await (await copies.match(request)).text()).includes(text)) {
                    return true;
                  }
                }
              }
              return false;
            }""";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AgendaImportService imports;

    @Autowired
    BilagService bilag;

    @TempDir
    Path devices;

    @Test
    void aMemberReadsHerMeetingOfflineAfterClosingTheBrowserUntilSheLogsOut() {
        Meeting meeting = imports.importMeeting("""
                {"council": "Erhvervsrådet", "title": "Møde til toget", "kind": "ORDINARY", "startsAt": "%s",
                 "location": "Mødelokale 1",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Erhvervsstrategi 2030", "visibility": "OPEN",
                            "sections": [{"heading": "Indstilling",
                                          "body": "Sekretariatet indstiller, at strategien godkendes."}]},
                           {"number": 2, "title": "Køb af grund", "visibility": "CLOSED",
                            "sections": [{"heading": "Sagsfremstilling", "body": "%s"}]}]}
                """.formatted(ImportedMeetings.nextStartsAt(), CLOSED_TEXT), ImportedMeetings.SECRETARIAT);
        String closedItem = meeting.items().get(1).id();
        String attachmentId = bilag.add(meeting.id(), closedItem,
                List.of(new BilagUpload("Vurdering.pdf", TestPdfs.pages(2, "Vurdering"))), Visibility.CLOSED,
                ImportedMeetings.SECRETARIAT).items().get(1).attachments().getFirst().id();
        String base = "http://localhost:" + port;
        String agenda = base + "/" + Navigation.agenda(meeting.id());
        Path kirstensTablet = devices.resolve("kirsten");

        Page tablet = browser.onDevice(kirstensTablet, 1024, 768, false);
        browser.logIn(tablet, base, "kirsten", "demo");
        tablet.navigate(base + "/" + Navigation.agendaAtItem(meeting.id(), closedItem));
        tablet.locator("#item-2 .plenum-note-text textarea").fill(NOTE);
        assertThat(tablet.locator("#item-2 .plenum-note-state")).hasText("Gemt");
        tablet.locator(".plenum-offline-save vaadin-button").click();
        awaitKept(tablet, NOTE);
        assertThat(tablet.locator(".plenum-offline-saved")).containsText("Gemt til læsning offline");
        tablet.locator(".plenum-offline-save").scrollIntoViewIfNeeded();
        Browser.document(tablet, "offline-save-1024x768", false);
        long bytes = ((Number) tablet.evaluate(BYTES_KEPT)).longValue();
        // A change while her page is open reaches the copy by itself (a minute later; shortened here).
        tablet.evaluate("() => window.plenumOffline.resaveAfterMs = 500");
        bilag.rename(meeting.id(), closedItem, attachmentId, RENAMED_BILAG, ImportedMeetings.SECRETARIAT);
        awaitKept(tablet, RENAMED_BILAG);

        tablet.context().setOffline(true);
        tablet.reload();
        assertReadableOffline(tablet);
        assertAxeClean(tablet);
        tablet.locator("#item-2 .plenum-bilag-link").click();
        assertThat(tablet.locator("h1")).hasText(RENAMED_BILAG);
        assertThat(tablet.locator(".plenum-offline-page img")).hasCount(2);
        tablet.waitForFunction("() => [...document.querySelectorAll('.plenum-offline-page img')]"
                + ".every(image => image.complete && image.naturalWidth > 0)");
        assertAxeClean(tablet);
        tablet.goBack();
        assertReadableOffline(tablet);

        tablet.context().setOffline(false);
        assertThat(tablet.locator(".plenum-offline-save")).isVisible();
        assertThat(tablet.locator(".plenum-offline-state")).hasCount(0);
        tablet.context().close();

        long reopening = System.nanoTime();
        Page reopened = browser.onDevice(kirstensTablet, 1024, 768, true);
        reopened.navigate(agenda);
        assertReadableOffline(reopened);
        long readableAfter = (System.nanoTime() - reopening) / 1_000_000;
        System.out.printf("Offline reading: agenda readable %d ms after reopening the browser offline;"
                + " one meeting's offline copy is %d bytes%n", readableAfter, bytes);
        Browser.keep(reopened, "offline-1024x768", false);
        // The same copy on a phone's width: no second navigation, as a browser started offline may give its worker's
        // later fetches the network (Playwright attaches to the worker late; seen in one of two runs).
        reopened.setViewportSize(390, 844);
        assertReadableOffline(reopened);
        Browser.keep(reopened, "offline-390x844", false);

        Page thomas = browser.onDevice(devices.resolve("thomas"), 1024, 768, false);
        browser.logIn(thomas, base, "thomas", "demo");
        thomas.navigate(agenda);
        assertThat(thomas.locator(".plenum-offline-saved")).containsText("Gemt til læsning offline");
        thomas.context().setOffline(true);
        thomas.reload();
        assertThat(thomas.locator("#agenda")).containsText(CLOSED_TEXT);
        assertThat(thomas.locator("body")).not().containsText(NOTE);

        reopened.context().setOffline(false);
        assertThat(reopened.locator(".plenum-offline-state")).hasCount(0);
        // The live page is back once it shows either: logged out, or her copy saved again.
        reopened.locator(".plenum-login-link:visible, .plenum-offline-saved:visible").first().waitFor();
        if (reopened.locator(".plenum-login-link").isVisible()) {
            // Chromium keeps no session cookie over a restart: she logs in again, and the copy is made anew.
            browser.logIn(reopened, base, "kirsten", "demo");
            reopened.navigate(agenda);
        }
        assertThat(reopened.locator(".plenum-offline-saved")).containsText("Gemt til læsning offline");
        reopened.locator("vaadin-button:has-text('Log ud')").click();
        reopened.waitForURL(url -> !url.contains("/meetings/"));
        assertThat(((Number) reopened.evaluate(BYTES_KEPT)).longValue()).isZero();
        reopened.context().setOffline(true);
        try {
            reopened.navigate(agenda);
        } catch (PlaywrightException noPage) {
            // Chromium's own "no internet" page: nothing of the meeting is left to show.
        }
        assertThat(reopened.locator("body")).not().containsText(CLOSED_TEXT);
    }

    /**
     * Until a kept edition holds {@code text}. Polled with evaluate, which waits for the check's promise (waitForFunction
     * took the pending promise itself as true), on the test's thread, as Playwright wants.
     */
    private static void awaitKept(Page page, String text) {
        await("a kept copy with " + text).atMost(Duration.ofSeconds(30)).pollInSameThread()
                .pollInterval(Duration.ofMillis(250)).until(() -> Boolean.TRUE.equals(page.evaluate(KEPT_WITH_TEXT, text)));
    }

    /** As AccessibilityIT asks of every view: no axe-core violation of any impact. */
    private static void assertAxeClean(Page page) {
        assertThat(new AxeBuilder(page).analyze().getViolations().stream()
                .map(rule -> rule.getId() + " at " + rule.getNodes().getFirst().getTarget()).toList()).isEmpty();
    }

    /** The members' edition, marked offline: the closed item's text, Kirsten's note under it, its Bilag as renamed. */
    private static void assertReadableOffline(Page page) {
        assertThat(page.locator(".plenum-offline-state")).containsText("Offline – som det var");
        assertThat(page.locator("#item-2")).containsText(CLOSED_TEXT);
        assertThat(page.locator("#item-2 .plenum-my-note")).containsText(NOTE);
        assertThat(page.locator("#item-2 .plenum-bilag-link")).containsText(RENAMED_BILAG);
    }
}
