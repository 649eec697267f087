package dk.plenum.security.internal;

import dk.plenum.security.EndedLogins;
import dk.plenum.security.LoginsEnded;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * This instance's open UI sessions, so that the sessions of an account whose logins were ended (a reset or a
 * deactivation, here or on another instance: {@link LoginsEnded}) end then, not at their next request: every page,
 * the Vaadin UI with its push channel, and the members' stream opened with the session read the login from the
 * session, which is invalidated. The session objects are kept (not their ids), as a login changes the id of the
 * same session.
 */
@Component
public class OpenSessions implements HttpSessionListener {

    private final Set<HttpSession> sessions = Collections.newSetFromMap(new ConcurrentHashMap<>());
    private final EndedLogins endedLogins;

    OpenSessions(EndedLogins endedLogins) {
        this.endedLogins = endedLogins;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    /** Ends every open session logged in as one of the accounts whose login has ended. */
    @EventListener
    void loginsEnded(LoginsEnded ended) {
        for (HttpSession session : sessions) {
            Authentication login = loggedIn(session);
            if (login != null && ended.usernames().contains(login.getName()) && endedLogins.hasEnded(login)) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // Ended meanwhile: nothing left to end.
                }
                sessions.remove(session);
            }
        }
    }

    private static Authentication loggedIn(HttpSession session) {
        try {
            if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context) {
                return context.getAuthentication();
            }
            return null;
        } catch (IllegalStateException alreadyEnded) {
            return null;
        }
    }
}
