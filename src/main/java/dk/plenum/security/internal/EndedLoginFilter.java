package dk.plenum.security.internal;

import dk.plenum.security.EndedLogins;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its first request after its login was ended, on whichever instance ({@link EndedLogins}): the
 * session is invalidated and the request goes on as one without a login. A page that needs a login sends it to the
 * login page, Vaadin tells its open UI that the session has expired, and a {@code /ws} handshake gets the public
 * stream only. In the UI's and the stream's chains, right after the login is read from the session.
 */
final class EndedLoginFilter extends OncePerRequestFilter {

    private final EndedLogins endedLogins;
    private final SecurityContextHolderStrategy securityContext;

    EndedLoginFilter(EndedLogins endedLogins, SecurityContextHolderStrategy securityContext) {
        this.endedLogins = endedLogins;
        this.securityContext = securityContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (endedLogins.hasEnded(securityContext.getContext().getAuthentication())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException endedMeanwhile) {
                    // invalidated by another request of the same session: nothing left to end
                }
            }
            securityContext.clearContext();
        }
        chain.doFilter(request, response);
    }
}
