package dk.plenum.agenda.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.plenum.support.Browser;
import dk.plenum.support.PlenumTest;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A council member opens Plenum in Debian's Chromium and reads the demo meeting's agenda (logged in: the meetings list
 * sends the public to its own page, {@code /live/{id}}).
 */
@PlenumTest
class AgendaPageIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aMemberFindsTheSeedMeetingAndReadsAnItemOnATablet() throws Exception {
        Page page = browser.loggedIn("http://localhost:" + port, "kirsten", 1024, 768);
        page.navigate("http://localhost:" + port + "/");

        page.locator(".plenum-meeting-card", new Page.LocatorOptions().setHasText("29. februar 2024")).click();

        Locator titles = page.locator(".plenum-item-title");
        assertThat(titles).hasCount(11);
        assertThat(titles.first()).hasText("Velkomst");
        assertThat(titles.nth(3)).hasText("Bordet rundt");
        assertThat(titles.last()).hasText("Møder 2024");
        assertThat(page.locator("h1")).hasText("Møde i Erhvervsrådet");
        // plenum.css is in the bundle that ships: the round-the-table badge is navy on light blue (an open item has
        // no badge since issue 15).
        assertThat(page.locator(".plenum-badge-info").first()).hasCSS("color", "rgb(26, 58, 92)");
        // The whole page, as the full-page screenshot takes it, is as wide as the tablet: nothing sticks out sideways.
        BufferedImage agenda = ImageIO.read(browser.screenshot(page, "agenda-1024x768").toFile());
        assertThat(agenda.getWidth()).as("no sideways scrolling").isEqualTo(1024);

        page.locator("#item-5").click();
        assertThat(page.locator("#item-5 .plenum-section h3").first()).hasText("Indstilling");
        assertThat(page.locator("#item-5 .plenum-section-body").first()).containsText("Sekretariatet indstiller");
        assertThat(Files.size(browser.screenshot(page, "agenda-item-open-1024x768"))).isGreaterThan(10_000);
    }

    @Test
    void theAgendaFitsAPhone() {
        Page page = browser.loggedIn("http://localhost:" + port, "kirsten", 390, 844);
        page.navigate("http://localhost:" + port + "/");
        page.locator(".plenum-meeting-card", new Page.LocatorOptions().setHasText("29. februar 2024")).click();

        assertThat(page.locator(".plenum-item-title")).hasCount(11);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        browser.screenshot(page, "agenda-390x844");
    }
}
