package dk.plenum.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.LoginForm;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login CSRF: a page on another site must not be able to log a visitor in (as the attacker) by posting the
 * login form. The POST needs the CSRF token of the visitor's own session, which the real login page
 * carries in its {@code _csrf} meta tags (the login form sends it from there).
 */
@PlenumTest
class LoginCsrfTest {

    @LocalServerPort
    int port;

    @Test
    void aLoginPostWithoutTheSessionsTokenIsRefusedAndLogsNoOneIn() {
        LoginForm form = new LoginForm(port);
        LoginForm.Page page = form.open();

        List<HttpResponse<String>> forged = List.of(form.post(page.session(), "kirsten", "demo", ""),
                form.post(page.session(), "kirsten", "demo", "&" + page.parameter() + "=forkert"),
                form.post(null, "kirsten", "demo", page.tokenField()));

        for (HttpResponse<String> refused : forged) {
            // Spring's refusal: 403, or back to the login page where the session has none of its own.
            assertThat(refused.statusCode() == 403 || refused.headers().firstValue("Location").orElse("")
                    .contains("/login")).as("refused: " + refused.statusCode() + " " + refused.headers().map()).isTrue();
            assertThat(form.loggedIn(LoginForm.sessionAfter(refused, page.session()))).as("nobody logged in")
                    .isFalse();
        }
    }

    @Test
    void theRealLoginFormWithItsTokenStillLogsIn() {
        LoginForm form = new LoginForm(port);
        LoginForm.Page page = form.open();

        HttpResponse<String> loggedIn = form.post(page.session(), "kirsten", "demo", page.tokenField());

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(form.loggedIn(LoginForm.sessionAfter(loggedIn, page.session()))).isTrue();
    }
}
