package dk.plenum.council.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dk.plenum.support.Browser;
import dk.plenum.support.BrowserSteps;
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

        BrowserSteps.createCouncil(secretariat, councilName, "Giver unge en stemme", "Rådhuset, mødelokale 2");

        for (Person person : PEOPLE) {
            BrowserSteps.addMember(secretariat, person.name(), person.role(), person.email());
        }
        assertThat(secretariat.locator(".plenum-members-current li.plenum-member")).hasCount(10);
        assertThat(BrowserSteps.member(secretariat, "Jens Stedfort")).containsText("Stedfortræder");
        Browser.settle(secretariat);
        browser.screenshot(secretariat, "council-secretariat-1024");

        BrowserSteps.giveLoginWithPassword(secretariat, "Anne Holm", "anne-" + port, "anne har en kode");

        String link = BrowserSteps.giveActivationLink(secretariat, "Bo Lund", "bo-" + port);
        Browser.settle(secretariat);
        browser.screenshot(secretariat, "council-activation-link-1024");
        secretariat.getByText("Færdig").click();
        assertThat(BrowserSteps.member(secretariat, "Bo Lund").locator(".plenum-login-state"))
                .hasText("Login bo-" + port + ": venter på aktivering");

        Page anne = browser.loggedIn(base(), "anne-" + port, "anne har en kode", 1024, 768);
        assertThat(anne.locator(".plenum-user")).hasText("Anne Holm");

        BrowserSteps.choosePassword(browser.newPage(1024, 768), link, "bo vælger selv");
        Page boLoggedIn = browser.loggedIn(base(), "bo-" + port, "bo vælger selv", 1024, 768);
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
}
