package dk.plenum.security.internal;

import dk.plenum.security.PlenumUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Lets Spring Security log in with the accounts stored in MongoDB. A deactivated account, or one whose owner
 * has not chosen a password yet, is not found: the login fails as a wrong password does (same message, same
 * throttle, same time taken), so a guesser learns nothing about which accounts exist or are closed.
 * <p>
 * HTTP Basic logs in on every API request, and a store read each time was the largest cost of a secretary's command
 * after BCrypt (docs/benchmarks.md). So a usable account is remembered: until this instance writes any account (a
 * reset, a deactivation, a password change take effect here at once), and for at most
 * {@code plenum.security.ended-login-check} (2 s), the time within which a change made on another instance ends the
 * logins here too (decision 0010). Accounts not found are not remembered.
 */
@Component
class AccountUserDetails implements UserDetailsService {

    /** Far above the accounts in use at once; past it everything is forgotten rather than tracked by age. */
    private static final int MAX_REMEMBERED = 10_000;

    private final AccountStore accounts;
    private final Clock clock;
    private final Duration rememberFor;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    AccountUserDetails(AccountStore accounts, ObjectProvider<Clock> clock,
            @Value("${plenum.security.ended-login-check:2s}") Duration rememberFor) {
        this.accounts = accounts;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.rememberFor = rememberFor;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String normalised = username.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Remembered known = remembered.get(normalised);
        if (known != null && known.holdsAt(now, accounts.writes(), rememberFor)) {
            return known.copy();
        }
        // Counted before the read: a write that ends while the account is read makes this copy out of date.
        long writesBefore = accounts.writes();
        PlenumUser user = accounts.findUsable(normalised).orElse(null);
        if (user == null) {
            remembered.remove(normalised);
            throw new UsernameNotFoundException("No usable account " + username);
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        Remembered account = new Remembered(user, writesBefore, now.plus(rememberFor));
        remembered.put(normalised, account);
        return account.copy();
    }

    private record Remembered(PlenumUser user, long writesBefore, Instant until) {

        /** A user of its own for each login: Spring Security erases the password of the one it logged in with. */
        PlenumUser copy() {
            return new PlenumUser(user.actor(), user.getPassword(), user.sessionEpoch());
        }

        /** A clock set back must not stretch the time: an entry "from the future" is read again. */
        boolean holdsAt(Instant now, long writes, Duration rememberFor) {
            return writes == writesBefore && now.isBefore(until) && !until.isAfter(now.plus(rememberFor));
        }
    }
}
