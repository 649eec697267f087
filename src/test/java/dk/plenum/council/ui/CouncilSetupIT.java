package dk.plenum.council.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.plenum.support.Browser;
import dk.plenum.support.PlenumTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new secretariat, in Danish, as a new user would: from the header to the councils, creates a council with the
 * usual standard items, adds nine members and a substitute, gives one a login with a first password and another
 * one by activation link; then each logs in, the second after choosing a password on the link's page. The public
 * sees the council's members but not their e-mail addresses.
 */
@PlenumTest
class CouncilSetupIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    record Person(String name, String role, String email) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Anne Holm", "Formand", "anne@example.dk"),
            new Person("Bo Lund", "Næstformand", "bo@example.dk"),
            new Person("Carla Dahl", null, "carla@example.dk"),
            new Person("Dan Friis", null, "dan@example.dk"),
            new Person("Eva Krogh", null, "eva@example.dk"),
            new Person("Finn Berg", null, "finn@example.dk"),
            new Person("Gitte Vang", null, "gitte@example.dk"),
            new Person("Hans Skov", null, "hans@example.dk"),
            new Person("Ida Mølgaard", null, "ida@example.dk"),
            new Person("Jens Stedfort", "Stedfortræder", "jens@example.dk"));

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aNewSecretariatSetsUpACouncilAndTwoMembersLogIn() {
        String councilName = "Ungdomsrådet " + System.nanoTime();
        Page secretariat = browser.loggedIn(base(), "sekretariat", 1024, 768);

        secretariat.locator(".plenum-nav-councils").click();
        assertThat(secretariat.locator("h1")).hasText("Råd og udvalg");
        secretariat.locator(".plenum-new-council").click();
        secretariat.locator("vaadin-text-field.plenum-council-name input").fill(councilName);
        secretariat.locator("vaadin-text-area.plenum-council-description textarea").fill("Giver unge en stemme");
        secretariat.locator("vaadin-text-field.plenum-council-place input").fill("Rådhuset, mødelokale 2");
        assertThat(secretariat.locator(".plenum-standard-item")).hasCount(3);
        secretariat.locator(".plenum-save-council").click();
        assertThat(secretariat.locator("h1")).hasText(councilName);

        for (Person person : PEOPLE) {
            secretariat.locator(".plenum-add-member").click();
            secretariat.locator("vaadin-text-field.plenum-member-name-field input").fill(person.name());
            if (person.role() != null) {
                secretariat.locator("vaadin-select.plenum-member-role").click();
                secretariat.locator("vaadin-select-item").getByText(person.role(), new Locator.GetByTextOptions()
                        .setExact(true)).click();
            }
            secretariat.locator("vaadin-email-field.plenum-member-email input").fill(person.email());
            secretariat.locator(".plenum-save-member").click();
            assertThat(member(secretariat, person.name())).isVisible();
        }
        assertThat(secretariat.locator(".plenum-members-current li.plenum-member")).hasCount(10);
        assertThat(member(secretariat, "Jens Stedfort")).containsText("Stedfortræder");
        Browser.settle(secretariat);
        browser.screenshot(secretariat, "council-secretariat-1024");

        member(secretariat, "Anne Holm").locator(".plenum-create-login").click();
        secretariat.locator("vaadin-text-field.plenum-login-username input").fill("anne-" + port);
        secretariat.locator("vaadin-password-field.plenum-login-password input").fill("anne har en kode");
        secretariat.locator(".plenum-login-go").click();
        assertThat(member(secretariat, "Anne Holm").locator(".plenum-login-state")).hasText("Login: anne-" + port);

        member(secretariat, "Bo Lund").locator(".plenum-create-login").click();
        secretariat.locator("vaadin-text-field.plenum-login-username input").fill("bo-" + port);
        secretariat.locator("vaadin-radio-group.plenum-login-how vaadin-radio-button").nth(1).click();
        secretariat.locator(".plenum-login-go").click();
        Locator linkField = secretariat.locator("vaadin-text-field.plenum-activation-link input");
        assertThat(linkField).hasValue(java.util.regex.Pattern.compile("/activate/"));
        String link = linkField.inputValue();
        Browser.settle(secretariat);
        browser.screenshot(secretariat, "council-activation-link-1024");
        secretariat.getByText("Færdig").click();
        assertThat(member(secretariat, "Bo Lund").locator(".plenum-login-state"))
                .hasText("Login bo-" + port + ": venter på aktivering");

        Page anne = logIn("anne-" + port, "anne har en kode");
        assertThat(anne.locator(".plenum-user")).hasText("Anne Holm");

        Page bo = browser.newPage(1024, 768);
        bo.navigate(link);
        assertThat(bo.locator("h1")).hasText("Vælg din adgangskode");
        bo.locator("vaadin-password-field.plenum-new-password input").fill("bo vælger selv");
        bo.locator("vaadin-password-field.plenum-repeat-password input").fill("bo vælger selv");
        bo.locator(".plenum-activate").click();
        assertThat(bo.getByText("Din adgangskode er gemt")).isVisible();
        Page boLoggedIn = logIn("bo-" + port, "bo vælger selv");
        assertThat(boLoggedIn.locator(".plenum-user")).hasText("Bo Lund");

        Page again = browser.newPage(1024, 768);
        again.navigate(link);
        assertThat(again.locator(".plenum-activation-invalid")).isVisible();

        Page publicPage = browser.open(secretariat.url());
        assertThat(publicPage.locator("h1")).hasText(councilName);
        assertThat(publicPage.locator(".plenum-members-current li.plenum-member")).hasCount(10);
        assertThat(publicPage.locator("body")).not().containsText("anne@example.dk");
        assertThat(publicPage.locator(".plenum-add-member")).hasCount(0);
        assertThat(publicPage.locator(".plenum-create-login")).hasCount(0);
    }

    private static Locator member(Page page, String name) {
        return page.locator("li.plenum-member[data-member='" + name + "']");
    }

    private Page logIn(String username, String password) {
        Page page = browser.newPage(1024, 768);
        page.navigate(base() + "/login");
        page.locator("vaadin-text-field[name=username] input").fill(username);
        Locator field = page.locator("vaadin-password-field[name=password] input");
        field.fill(password);
        field.press("Enter");
        page.waitForURL(address -> !address.contains("/login"));
        assertThat(page.url()).doesNotContain("error");
        return page;
    }
}
