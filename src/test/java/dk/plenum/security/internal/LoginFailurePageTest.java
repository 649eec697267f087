package dk.plenum.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.store.StoreUnavailableException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** The login page is told which of three things went wrong, so it does not call a full disk a wrong password. */
class LoginFailurePageTest {

    @Test
    void aWrongPasswordAHeldBackLoginAndAnUnavailableStoreEachHaveTheirOwnReason() {
        assertThat(LoginFailurePage.reason(new BadCredentialsException("Bad credentials")).parameter()).isEqualTo("error");
        assertThat(LoginFailurePage.reason(new LoginThrottledException(java.time.Duration.ofMinutes(1))).parameter()).isEqualTo("throttled");
        // Spring Security wraps what the account lookup threw.
        assertThat(LoginFailurePage.reason(new InternalAuthenticationServiceException("lookup failed",
                new StoreUnavailableException(new IOException("No space left on device")))).parameter()).isEqualTo("unavailable");
    }
}
