package dk.plenum.security.ui;

import dk.plenum.meeting.Translations;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.support.PlenumTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The login page says why the last login failed, in the member's language. */
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

    /** The texts the form shows, as the server sent them to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
