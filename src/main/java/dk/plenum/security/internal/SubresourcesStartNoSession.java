package dk.plenum.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page's icons, manifest and offline page never start a session in place of the one their cookie named.
 *
 * <p>Logging in gives the session a new id (against session fixation). Requests the login page sent just
 * before, e.g. for its icon, still carry the old id; Vaadin serves the PWA's icons and offline page after
 * finding or creating a session, so such a request arriving after the login would start a new, anonymous
 * session, and its cookie would replace the logged-in one: the member lands on the next page logged out
 * (seen in the browser tests on a busy machine). Here a request that is not a page load and names a session
 * that no longer exists may use no new session. One for what Vaadin serves only within a session (the PWA's icons
 * and offline page) is refused here with a 403, as of an expired session: the icon is fetched again with the next
 * page, and the logged-in cookie stays. (Vaadin, let through since unknown addresses reach its not-found page, answered
 * such a request with a 500.) What is served without a session (the API, the stream, the public page, static files,
 * Vaadin's own requests) goes on as it is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubresourcesStartNoSession extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestedSessionId() == null || request.isRequestedSessionIdValid()
                || isPageLoad(request);
    }

    /**
     * A navigation, or Vaadin's start of a page (it may begin a session, as the visitor's old one is gone);
     * a request without Fetch Metadata (not from a current browser) counts as one, as before.
     */
    private static boolean isPageLoad(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        return mode == null || mode.equals("navigate") || startsAPage(request.getQueryString());
    }

    /** Vaadin marks its requests with {@code v-r} in the query string; read only that, never a form body. */
    private static boolean startsAPage(String query) {
        return query != null && Arrays.stream(query.split("&")).anyMatch(parameter -> parameter.startsWith("v-r="));
    }

    /** Served without a session: these may carry a session id that is gone (e.g. a public page open for days). */
    private static final List<String> SESSIONLESS = List.of("/api/", "/ws", "/live/", "/scripts/", "/styles/",
            "/VAADIN/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SESSIONLESS.stream().noneMatch(path::startsWith)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession() {
                return getSession(false);
            }

            @Override
            public HttpSession getSession(boolean create) {
                return super.getSession(false);
            }
        }, response);
    }
}
