package dk.plenum.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Debian Chromium driven by Playwright, for browser tests ({@code *IT}, run by failsafe).
 *
 * <p>Playwright never downloads a browser here ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}); it
 * starts {@code /usr/bin/chromium} from Debian's {@code chromium} package, which {@code .ci/run}
 * installs. The flags keep Chromium off the network (this machine's network is closed) and make
 * it run as root.
 *
 * <pre>{@code
 * @RegisterExtension static Browser browser = new Browser();
 *
 * @Test void renders() {
 *     Page page = browser.open("http://localhost:" + port + "/");
 *     page.waitForSelector("#banner");
 *     browser.screenshot(page, "start");
 * }
 * }</pre>
 *
 * Under {@code ./mvnw verify} the {@code *IT} classes run after {@code build-frontend}, so Vaadin
 * serves them in production mode with the bundle that ships (no dev-tools overlay).
 *
 * <p>One Chromium per test class (started on first use, closed after the class); every
 * {@link #newPage()} gets a fresh context (own cookies, own Vaadin session), closed after each test.
 * Outside JUnit (the page-load scenario of bench/run.sh), {@link #close()} it when done.
 */
public final class Browser implements AfterEachCallback, AfterAllCallback, AutoCloseable {

    /** Debian's Chromium; override with {@code -Dplenum.chromium=/path}. */
    public static final Path CHROMIUM = Paths.get(System.getProperty("plenum.chromium", "/usr/bin/chromium"));

    /** Where {@link #screenshot} writes, relative to the Maven project folder. */
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    static final List<String> ARGS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();
    /** What each page's console said, kept to tell what a page was doing when its test failed. */
    private final Map<Page, List<String>> consoles = new IdentityHashMap<>();

    /** The running Chromium, started on first use. */
    public synchronized com.microsoft.playwright.Browser chromium() {
        if (chromium == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException(CHROMIUM + " not found: install Debian's chromium "
                        + "(apt-get install -y chromium), as .ci/run does");
            }
            // As patient as the contexts' default timeout: a busy 2-core machine renders slowly, not wrongly.
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
            // The second: a context's offline then takes in the fetches of a service worker (the offline worker's),
            // which otherwise stay on the network (Playwright issue 15684). Read once per JVM, by the first driver.
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                    "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1")));
            chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(ARGS));
        }
        return chromium;
    }

    /** A page in a fresh context with a landscape tablet's viewport (1024×768). */
    public Page newPage() {
        return newPage(1024, 768);
    }

    /** A page in a fresh context (own cookies, own Vaadin session) with the given viewport. */
    public Page newPage(int width, int height) {
        return newPage(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height));
    }

    /**
     * As {@link #newPage(int, int)}, on a touch screen as a phone's or tablet's: CSS sees a coarse pointer, as the
     * styles for fingers ({@code pointer: coarse}) expect.
     */
    public Page newTouchPage(int width, int height) {
        return newPage(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height)
                .setHasTouch(true).setIsMobile(true));
    }

    private synchronized Page newPage(com.microsoft.playwright.Browser.NewContextOptions options) {
        BrowserContext context = chromium().newContext(options.setLocale("da-DK"));
        return watched(context, context.newPage());
    }

    /**
     * A Chromium of its own with its profile in {@code profile}, as one device's browser: closed and launched again
     * on the same folder, it finds what it kept (cookies, Cache Storage, service workers). {@code offline}: started
     * with no network. Its first page is returned; {@code page.context().close()} closes that browser.
     */
    public synchronized Page onDevice(Path profile, int width, int height, boolean offline) {
        chromium();
        BrowserContext context = playwright.chromium().launchPersistentContext(profile,
                new BrowserType.LaunchPersistentContextOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                        .setArgs(ARGS).setViewportSize(width, height).setLocale("da-DK").setOffline(offline));
        return watched(context, context.pages().isEmpty() ? context.newPage() : context.pages().getFirst());
    }

    private Page watched(BrowserContext context, Page page) {
        context.setDefaultTimeout(30_000);
        contexts.add(context);
        List<String> console = Collections.synchronizedList(new ArrayList<>());
        consoles.put(page, console);
        page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
        page.onPageError(error -> console.add("page error: " + error));
        return page;
    }

    /** {@link #newPage()} and navigate to {@code url}. */
    public Page open(String url) {
        Page page = newPage();
        page.navigate(url);
        return page;
    }

    /**
     * A page in a fresh context, logged in through the login form as a demo account (password "demo"),
     * with the given viewport; {@code baseUrl} is the app's root, e.g. {@code http://localhost:8080}.
     */
    public Page loggedIn(String baseUrl, String username, int width, int height) {
        return loggedIn(baseUrl, username, "demo", width, height);
    }

    /**
     * A page in a fresh context, logged in through the login form with the given password (an account a test
     * made), with the given viewport; fails if the form refuses the login.
     */
    public Page loggedIn(String baseUrl, String username, String password, int width, int height) {
        return logIn(newPage(width, height), baseUrl, username, password);
    }

    /**
     * Logs a page of {@link #newPage} in through the login form, e.g. after the test gave its context a cookie; fails
     * if the form refuses the login.
     */
    public Page logIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-text-field[name=username] input").fill(username);
        com.microsoft.playwright.Locator passwordField = page.locator("vaadin-password-field[name=password] input");
        passwordField.fill(password);
        passwordField.press("Enter");
        page.waitForURL(address -> !address.contains("/login") || address.contains("error"));
        if (page.url().contains("error")) {
            throw new AssertionError("The login form refused " + username + ": " + page.url());
        }
        return page;
    }

    /**
     * Waits until Vaadin has no request to the server in flight and the browser has laid out what the last
     * answer changed: what the page shows (and where its buttons are) is then the server's latest word.
     */
    public static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    /** Full-page PNG in {@code target/screenshots/<name>.png}; returns its path. */
    public Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * A screenshot for the documentation: the page once settled and still, the whole page or only what the window shows, kept
     * in {@code target/screenshots} and copied to {@code docs/screenshots}.
     */
    public static void document(Page page, String name, boolean fullPage) {
        settle(page);
        // A dialog fading in or out is otherwise caught half-drawn: wait for every animation that ends to have ended.
        page.waitForFunction("() => document.getAnimations().every(animation => animation.playState !== 'running'"
                + " || animation.effect.getComputedTiming().iterations === Infinity)");
        keep(page, name, fullPage);
    }

    /**
     * As {@link #document}, for a page that is not Vaadin's (nothing to settle): a screenshot kept in
     * {@code target/screenshots} and copied to {@code docs/screenshots}.
     */
    public static void keep(Page page, String name, boolean fullPage) {
        Path shot = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(fullPage));
        try {
            Files.copy(shot, Paths.get("docs", "screenshots", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            describePages(context.getDisplayName().replaceAll("\\W+", "-"));
        }
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        consoles.clear();
    }

    /**
     * After a failed test: each page's address, text and console, and a screenshot, so a failure seen only
     * in CI shows what the browser showed.
     */
    private void describePages(String test) {
        int number = 0;
        for (BrowserContext context : contexts) {
            for (Page page : context.pages()) {
                number++;
                try {
                    String text = (String) page.evaluate("() => document.body ? document.body.innerText : ''");
                    Path shot = screenshot(page, "failed-" + test + "-" + number);
                    System.out.printf("%n--- page %d of failed %s: %s (screenshot %s)%n%s%n--- console:%n%s%n",
                            number, test, page.url(), shot, text.length() > 3000 ? text.substring(0, 3000) : text,
                            String.join("\n", consoles.getOrDefault(page, List.of())));
                } catch (RuntimeException unreadable) {
                    System.out.printf("%n--- page %d of failed %s: %s could not be read: %s%n",
                            number, test, page.url(), unreadable.getMessage());
                }
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Closes Chromium with every context and page it has. */
    @Override
    public synchronized void close() {
        if (playwright != null) {
            playwright.close(); // closes Chromium too
            playwright = null;
            contexts.clear();
            chromium = null;
        }
    }
}
