package dk.plenum.security.internal;

import dk.plenum.security.LoginPage;
import dk.plenum.security.LoginPage.Failure;
import dk.plenum.store.StoreUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A browser posting the login form cannot show a 429 or 503 body: it goes back to the login page, which
 * says why. A wrong password, a login held back, and a store that could not check the password (a full
 * disk) are three different things to tell a member: only the first is theirs to correct.
 */
final class LoginFailurePage implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException refused) throws IOException {
        response.sendRedirect(request.getContextPath() + "/" + LoginPage.ROUTE + "?" + reason(refused).parameter());
    }

    /** What the login page is to say about this refusal. */
    static Failure reason(AuthenticationException refused) {
        if (refused instanceof LoginThrottledException) {
            return Failure.THROTTLED;
        }
        return StoreUnavailableException.isCause(refused) ? Failure.UNAVAILABLE : Failure.ERROR;
    }
}
