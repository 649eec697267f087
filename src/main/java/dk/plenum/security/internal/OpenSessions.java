package dk.plenum.security.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * This instance's open UI sessions, so that a deactivated account's sessions end at once: every page, the
 * Vaadin UI and the members' stream read the login from the session, which is invalidated. The session
 * objects are kept (not their ids), as a login changes the id of the same session.
 */
@Component
public class OpenSessions implements HttpSessionListener {

    private final Set<HttpSession> sessions = Collections.newSetFromMap(new ConcurrentHashMap<>());

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    /** Ends every open session logged in as {@code username}; returns how many. */
    public int endAll(String username) {
        int ended = 0;
        for (HttpSession session : sessions) {
            if (username.equals(loggedIn(session))) {
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyEnded) {
                    // Ended meanwhile: nothing left to end.
                }
                sessions.remove(session);
            }
        }
        return ended;
    }

    private static String loggedIn(HttpSession session) {
        try {
            if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context) {
                Authentication login = context.getAuthentication();
                return login == null ? null : login.getName();
            }
            return null;
        } catch (IllegalStateException alreadyEnded) {
            return null;
        }
    }
}
