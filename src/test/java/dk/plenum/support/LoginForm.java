package dk.plenum.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The login form as a browser posts it, over plain HTTP without following redirects: the login page gives
 * a session and the CSRF token in its {@code _csrf} meta tags, which the form sends with the credentials.
 */
public final class LoginForm {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public LoginForm(int port) {
        this.port = port;
    }

    /** A session of the login page and the token that goes with it. */
    public record Page(String session, String parameter, String token) {

        /** The token as the form field the login form sends, appended to the other fields. */
        public String tokenField() {
            return "&" + parameter + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        }
    }

    public Page open() {
        return open("/login", null);
    }

    /** A page of the app as this session gets it, with the session's CSRF token. */
    private Page open(String path, String session) {
        HttpResponse<String> page = send(withSession(HttpRequest.newBuilder(uri(path)).GET(), session));
        assertThat(page.statusCode()).isEqualTo(200);
        return new Page(sessionAfter(page, session), find(PARAMETER, page.body()), find(TOKEN, page.body()));
    }

    /** Posts the form; {@code extraFields} is appended to the body as is, e.g. {@link Page#tokenField()}. */
    public HttpResponse<String> post(String session, String username, String password, String extraFields) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password) + extraFields));
        return send(withSession(request, session));
    }

    /** Opens the page and logs in with its token, as a person at the login page does. */
    public HttpResponse<String> logIn(String username, String password) {
        Page page = open();
        return post(page.session(), username, password, page.tokenField());
    }

    /** Logs the session out as a page of it does: the logout POST with the token that the page carries. */
    public HttpResponse<String> logOut(String session) {
        return postLogout(session, open("/", session).tokenField());
    }

    /** Posts the logout; {@code fields} is the body as is, e.g. {@link Page#tokenField()}. */
    public HttpResponse<String> postLogout(String session, String fields) {
        return send(withSession(HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)), session));
    }

    /**
     * Whether the session is logged in: Spring Security lets only a logged-in session load a page that
     * needs a login (the control view); anyone else is sent to the login page.
     */
    public boolean loggedIn(String session) {
        HttpResponse<String> answer = send(withSession(HttpRequest.newBuilder(uri("/meetings/any/control")).GET(),
                session));
        return !(answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("login"));
    }

    /** The session a response moved the client to (a login changes the id), else the one it had. */
    public static String sessionAfter(HttpResponse<String> response, String before) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(found -> found.group(1)).findFirst().orElse(before);
    }

    private static HttpRequest.Builder withSession(HttpRequest.Builder request, String session) {
        return session == null ? request : request.header("Cookie", "JSESSIONID=" + session);
    }

    private static String find(Pattern pattern, String html) {
        Matcher found = pattern.matcher(html);
        assertThat(found.find()).as("the page carries " + pattern).isTrue();
        return found.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
