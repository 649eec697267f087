package dk.plenum.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Vaadin page, served by the whole app in development mode, renders in Debian's Chromium with
 * Plenum's CSS (from frontend/styles, so the custom frontend bundle is in use), answers a click
 * over the server round-trip, and can be screenshotted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // This test needs no store. Drop this once the embedded MongoDB auto-configuration is in.
        "spring.autoconfigure.exclude="
                + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
                + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration,"
                + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration"
})
class BrowserSmokeIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void vaadinPageRendersWithPlenumStylesAndCanBeScreenshotted() throws Exception {
        Page page = browser.open("http://localhost:" + port + "/test/smoke");
        page.waitForSelector("#check");

        // The Vaadin web components are in the bundle (an unregistered <vaadin-button> still clicks).
        assertThat(page.evaluate("() => !!customElements.get('vaadin-button')")).isEqualTo(true);

        // plenum.css: .plenum-banner { background: var(--plenum-brand) } = #1a3a5c
        Object background = page.evalOnSelector("#banner", "e => getComputedStyle(e).backgroundColor");
        assertThat(background).isEqualTo("rgb(26, 58, 92)");

        // A click goes to the server and back (hasText with a String matches the whole text).
        page.click("#check");
        assertThat(page.locator("#status")).hasText("Clicked");

        Path shot = browser.screenshot(page, "smoke");
        assertThat(Files.size(shot)).isGreaterThan(2_000);
    }
}
