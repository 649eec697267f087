package dk.plenum.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
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
 * that no longer exists may use no new session: Vaadin answers it as of an expired session (to the login
 * page), the icon is fetched again with the next page, and the logged-in cookie stays.
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

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
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
