package dk.plenum.security.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Lets Spring Security log in with the accounts stored in MongoDB. A deactivated account, or one whose owner
 * has not chosen a password yet, is not found: the login fails as a wrong password does (same message, same
 * throttle, same time taken), so a guesser learns nothing about which accounts exist or are closed.
 */
@Component
class AccountUserDetails implements UserDetailsService {

    private final AccountStore accounts;

    AccountUserDetails(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findUsable(username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No usable account " + username));
    }
}
