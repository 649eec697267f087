package dk.plenum.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Where one logs in: the login view's route, Spring Security's login page and every link to it. */
public final class LoginPage {

    public static final String ROUTE = "login";
    /** The login page's query parameter naming the page to return to once logged in, e.g. {@code meetings/…}. */
    public static final String CONTINUE = "continue";

    private LoginPage() {
    }

    /** The login page that returns to {@code location} (a route with its query, as the router gives it). */
    public static String returningTo(String location) {
        return location.isEmpty() || location.startsWith(ROUTE) ? ROUTE
                : ROUTE + "?" + CONTINUE + "=" + URLEncoder.encode(location, StandardCharsets.UTF_8);
    }

    /**
     * Why a login failed, as the login's failure handler tells the login page in its query (e.g.
     * {@code /login?throttled}): only a wrong password is the member's to correct.
     */
    public enum Failure {
        THROTTLED("throttled"),
        UNAVAILABLE("unavailable"),
        ERROR("error");

        private final String parameter;

        Failure(String parameter) {
            this.parameter = parameter;
        }

        /** The query parameter that names it. */
        public String parameter() {
            return parameter;
        }

        /** The start of its messages' keys: {@code .title} and {@code .message} follow. */
        public String messageKey() {
            return "login." + parameter;
        }

        /** The failure the login page's query names, if any. */
        public static Optional<Failure> named(Set<String> queryParameters) {
            return Arrays.stream(values()).filter(failure -> queryParameters.contains(failure.parameter)).findFirst();
        }
    }
}
