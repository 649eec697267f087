package dk.plenum.observer;

import dk.plenum.support.LoginForm;
import java.net.HttpCookie;
import java.net.http.HttpResponse;

/**
 * A login through the UI's login form, as a browser makes it (CSRF token included): the session cookie it
 * leaves, and the {@code Set-Cookie} header that carried it.
 */
record UiLogin(String sessionCookie, String setCookieHeader) {

    static UiLogin as(int port, String username) {
        HttpResponse<String> answer = new LoginForm(port).logIn(username, "demo");
        String redirect = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || redirect.contains("error")) {
            throw new IllegalStateException("Login of " + username + " refused: " + answer.statusCode());
        }
        String setCookie = answer.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No new session cookie at login"));
        HttpCookie session = HttpCookie.parse(setCookie).getFirst();
        return new UiLogin(session.getName() + "=" + session.getValue(), setCookie);
    }
}
