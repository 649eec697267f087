package dk.plenum.observer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A login through the UI's login form, as a browser makes it: the session cookie it leaves, and the
 * {@code Set-Cookie} header that carried it. Sends the CSRF cookie's token back when the app sets one.
 */
record UiLogin(String sessionCookie, String setCookieHeader) {

    static UiLogin as(int port, String username) {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        URI login = URI.create("http://localhost:" + port + "/login");
        try {
            http.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.discarding());
            HttpRequest.Builder post = HttpRequest.newBuilder(login)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username,
                            StandardCharsets.UTF_8) + "&password=demo"));
            cookies.getCookieStore().get(login).stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                    .findFirst().ifPresent(token -> post.header("X-XSRF-TOKEN", token.getValue()));
            HttpResponse<Void> answer = http.send(post.build(), HttpResponse.BodyHandlers.discarding());
            String redirect = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || redirect.contains("error")) {
                throw new IllegalStateException("Login of " + username + " refused: " + answer.statusCode());
            }
            String setCookie = answer.headers().allValues("Set-Cookie").stream()
                    .filter(header -> header.startsWith("JSESSIONID=")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No new session cookie at login"));
            HttpCookie session = HttpCookie.parse(setCookie).getFirst();
            return new UiLogin(session.getName() + "=" + session.getValue(), setCookie);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
