package dk.plenum.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.LoginForm;
import dk.plenum.support.PlenumTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login page's own icon request, sent before the login and answered after it, must not replace the
 * logged-in session's cookie with a new, anonymous one (it did: members landed on the next page logged out).
 */
@PlenumTest
class LoginKeepsItsSessionTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aRequestForTheIconWithThePreLoginSessionStartsNoNewSession() throws Exception {
        LoginForm form = new LoginForm(port);
        LoginForm.Page page = form.open();
        HttpResponse<String> login = form.post(page.session(), "kirsten", "demo", page.tokenField());
        String loggedIn = LoginForm.sessionAfter(login, page.session());
        assertThat(loggedIn).as("the login gives the session a new id").isNotEqualTo(page.session());

        for (String subresource : new String[] {"/icons/icon-32x32.png", "/offline-stub.html"}) {
            HttpResponse<String> late = get(subresource, page.session(), "no-cors");
            assertThat(late.headers().allValues("Set-Cookie")).as(subresource + " with the old id").isEmpty();
            // Refused as of an expired session (Vaadin sends it to the login page): not served, nothing to cache.
            assertThat(late.statusCode()).as(subresource + " with the old id").isIn(302, 403);

            HttpResponse<String> current = get(subresource, loggedIn, "no-cors");
            assertThat(current.statusCode()).as(subresource + " with the logged-in session").isEqualTo(200);
        }
        assertThat(form.loggedIn(loggedIn)).isTrue();
    }

    @Test
    void aPageLoadWithAGoneSessionStillStartsANewOne() throws Exception {
        HttpResponse<String> page = get("/login", "0123456789ABCDEF0123456789ABCDEF", "navigate");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    private HttpResponse<String> get(String path, String session, String fetchMode) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + session).header("Sec-Fetch-Mode", fetchMode).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
