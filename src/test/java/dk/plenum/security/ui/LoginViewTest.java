package dk.plenum.security.ui;

import dk.plenum.meeting.Translations;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import dk.plenum.security.LoginPage;
import dk.plenum.support.PlenumTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The login page says why the last login failed, in the member's language, offers the header's language switch, and
 * returns to the page the member came from, never to another site.
 */
@PlenumTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void anUnavailableStoreIsNotCalledAWrongPassword() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("unavailable", "")));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Login kunne ikke kontrolleres").doesNotContain("Forkert brugernavn");
    }

    @Test
    void aWrongPasswordIsStillSaidToBeOne() {
        VaadinSession.getCurrent().setLocale(Translations.ENGLISH);

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        assertThat(i18n(find(LoginForm.class).single())).contains("Wrong username or password");
    }

    @Test
    void theLoginPageHasTheHeadersLanguageSwitch() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        UI.getCurrent().navigate("login");
        assertThat(i18n(find(LoginForm.class).single())).contains("Log ind");

        @SuppressWarnings("unchecked")
        Select<Locale> language = find(Select.class).withClassName("plenum-language").single();
        test(language).selectItem("English");

        assertThat(i18n(find(LoginForm.class).single())).contains("Log in").doesNotContain("Log ind");
    }

    @Test
    void theLoginReturnsToThePageNamedInTheQuery() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(LoginPage.CONTINUE, "meetings/m-1?item=i-2")));

        // Where Vaadin's login success handler sends the browser, as after its own access check.
        assertThat(storedRedirect()).isEqualTo("/meetings/m-1?item=i-2");
    }

    @Test
    void theLoginNeverReturnsToAnotherSite() {
        for (String elsewhere : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example",
                "meetings/../../x", " meetings/x", "javascript:alert(1)")) {
            UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(LoginPage.CONTINUE, elsewhere)));

            assertThat(storedRedirect()).as(elsewhere).isNull();
        }
    }

    @Test
    void theLinkToTheLoginNamesThePageItWasFollowedFrom() {
        assertThat(LoginPage.returningTo("meetings/m-1?item=i-2")).isEqualTo("login?continue=meetings%2Fm-1%3Fitem%3Di-2");
        assertThat(LoginPage.returningTo("")).isEqualTo("login");
        assertThat(LoginPage.returningTo("login?error")).isEqualTo("login");
    }

    private static Object storedRedirect() {
        return VaadinSession.getCurrent().getSession()
                .getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
    }

    /** The texts the form shows, as the server sent them to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
