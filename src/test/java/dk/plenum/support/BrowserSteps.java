package dk.plenum.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.regex.Pattern;

/**
 * The steps a person takes in Plenum's pages in Chromium, in Danish, as the browser tests share them: the
 * secretariat sets up a council, its members and their logins, writes an agenda and uploads Bilag; a member
 * chooses a password on an activation link and reads a Bilag. Each step waits until the page shows it done.
 */
public final class BrowserSteps {

    private BrowserSteps() {
    }

    /** From the header's "Råd" to a new council with the usual three standard items; ends on its page. */
    public static void createCouncil(Page administrator, String name, String description, String place) {
        administrator.locator(".plenum-nav-councils").click();
        assertThat(administrator.locator("h1")).hasText("Råd og udvalg");
        administrator.locator(".plenum-new-council").click();
        administrator.locator("vaadin-text-field.plenum-council-name input").fill(name);
        administrator.locator("vaadin-text-area.plenum-council-description textarea").fill(description);
        administrator.locator("vaadin-text-field.plenum-council-place input").fill(place);
        assertThat(administrator.locator(".plenum-standard-item")).hasCount(3);
        administrator.locator(".plenum-save-council").click();
        assertThat(administrator.locator("h1")).hasText(name);
    }

    /** A member added on the council's page through the member form; {@code role} null keeps "Medlem". */
    public static void addMember(Page secretariat, String name, String role, String email) {
        secretariat.locator(".plenum-add-member").click();
        secretariat.locator("vaadin-text-field.plenum-member-name-field input").fill(name);
        if (role != null) {
            secretariat.locator("vaadin-select.plenum-member-role").click();
            secretariat.locator("vaadin-select-item").getByText(role, new Locator.GetByTextOptions().setExact(true))
                    .click();
        }
        secretariat.locator("vaadin-email-field.plenum-member-email input").fill(email);
        secretariat.locator(".plenum-save-member").click();
        assertThat(member(secretariat, name)).isVisible();
    }

    /** The member's row on the council's page. */
    public static Locator member(Page page, String name) {
        return page.locator("li.plenum-member[data-member='" + name + "']");
    }

    /** Gives the member a login with a first password, which the secretariat hands over. */
    public static void giveLoginWithPassword(Page secretariat, String memberName, String username, String password) {
        member(secretariat, memberName).locator(".plenum-create-login").click();
        secretariat.locator("vaadin-text-field.plenum-login-username input").fill(username);
        secretariat.locator("vaadin-password-field.plenum-login-password input").fill(password);
        secretariat.locator(".plenum-login-go").click();
        assertThat(member(secretariat, memberName).locator(".plenum-login-state")).hasText("Login: " + username);
    }

    /**
     * Gives the member a login by a one-time activation link and returns the link as the dialog shows it once;
     * the dialog stays open (close it with "Færdig").
     */
    public static String giveActivationLink(Page secretariat, String memberName, String username) {
        member(secretariat, memberName).locator(".plenum-create-login").click();
        secretariat.locator("vaadin-text-field.plenum-login-username input").fill(username);
        secretariat.locator("vaadin-radio-group.plenum-login-how vaadin-radio-button").nth(1).click();
        secretariat.locator(".plenum-login-go").click();
        Locator linkField = secretariat.locator("vaadin-text-field.plenum-activation-link input");
        assertThat(linkField).hasValue(Pattern.compile("/activate/"));
        return linkField.inputValue();
    }

    /** The member opens the activation link in a browser of their own and chooses a password with it. */
    public static void choosePassword(Page member, String link, String password) {
        member.navigate(link);
        assertThat(member.locator("h1")).hasText("Vælg din adgangskode");
        member.locator("vaadin-password-field.plenum-new-password input").fill(password);
        member.locator("vaadin-password-field.plenum-repeat-password input").fill(password);
        member.locator(".plenum-activate").click();
        assertThat(member.getByText("Din adgangskode er gemt")).isVisible();
    }

    /** An item added in the agenda editor's item dialog, with one section of text, open or closed. */
    public static void addItem(Page secretariat, String title, String text, boolean closed) {
        secretariat.locator(".plenum-add-item").click();
        secretariat.locator(".plenum-item-editor-title input").fill(title);
        if (closed) {
            secretariat.locator(".plenum-item-editor-closed input").check();
        }
        secretariat.locator(".plenum-section-editor textarea").first().fill(text);
        secretariat.locator(".plenum-item-editor-save").click();
        Browser.settle(secretariat);
        assertThat(secretariat.locator(".plenum-item-editor-title")).hasCount(0);
    }

    /**
     * On an item's Bilag page: chooses whether new Bilag are open or closed ("Åben" or "Lukket") and sends the
     * files through the Upload component, as the file picker does.
     */
    public static void uploadBilag(Page secretariat, String visibility, FilePayload... files) {
        secretariat.locator(".plenum-bilag-new-visibility vaadin-radio-button",
                new Page.LocatorOptions().setHasText(visibility)).click();
        secretariat.locator("vaadin-upload.plenum-bilag-upload input[type=file]").setInputFiles(files);
    }

    /** The Upload's entry for a file, where it shows its progress, success or failure. */
    public static Locator uploadEntry(Page secretariat, String fileName) {
        return secretariat.locator("vaadin-upload.plenum-bilag-upload vaadin-upload-file",
                new Page.LocatorOptions().setHasText(fileName));
    }

    /** The Bilag reader's page image has arrived and been decoded (a broken or refused one has no natural width). */
    public static void assertPageDrawn(Page reader) {
        reader.waitForFunction("() => { const img = document.querySelector('.plenum-bilag-image');"
                + " return img && img.complete && img.naturalWidth > 0; }");
    }

    /**
     * A member opens the agenda items numbered so (those already open stay so): a folded card holds nothing of its
     * item until it is opened, and from then on follows it live.
     */
    public static void openItems(Page member, int... numbers) {
        for (int number : numbers) {
            Locator card = member.locator("#item-" + number);
            if (card.getAttribute("opened") == null) {
                card.locator("vaadin-accordion-heading").click();
            }
            assertThat(card.locator(".plenum-item-content")).isAttached();
        }
    }
}
