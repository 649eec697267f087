package dk.plenum.support;

import dk.plenum.security.Actor;
import dk.plenum.security.PlenumUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Logs an actor in for a browserless test, in the security context strategy of the test's own
 * application context (the static holder may belong to another context started in the same JVM).
 */
public final class Logins {

    private Logins() {
    }

    public static void logIn(SecurityContextHolderStrategy securityContext, Actor actor) {
        PlenumUser user = new PlenumUser(actor, "{noop}unused");
        securityContext.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
