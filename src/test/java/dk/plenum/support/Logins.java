package dk.plenum.support;

import dk.plenum.security.Actor;
import dk.plenum.security.PlenumUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Logs an actor in for a browserless test. The app reads logins from its context's strategy bean,
 * while Vaadin's navigation access check in browserless tests reads the static holder; when another
 * application context started in the same JVM (the cross-instance test does), the two differ, so
 * both get the login.
 */
public final class Logins {

    private Logins() {
    }

    public static void logIn(SecurityContextHolderStrategy securityContext, Actor actor) {
        PlenumUser user = new PlenumUser(actor, "{noop}unused", 0);
        Authentication login = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        securityContext.getContext().setAuthentication(login);
        SecurityContextHolder.getContext().setAuthentication(login);
    }

    public static void logOut(SecurityContextHolderStrategy securityContext) {
        securityContext.clearContext();
        SecurityContextHolder.clearContext();
    }
}
