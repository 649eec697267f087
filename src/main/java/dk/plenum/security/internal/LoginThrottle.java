package dk.plenum.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address over a sliding window, and says how long a
 * login must wait once either failed too often. Asked before a password is hashed, so a refused guess
 * costs no BCrypt; only failures count, so a council's members behind one address are not held up by
 * their own occasional typos. Every failure is logged (username and address, never the password).
 */
@Component
class LoginThrottle {

    static final int FAILURES_PER_ACCOUNT = 10;
    static final int FAILURES_PER_ADDRESS = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Far above real use; past it (a spray over many usernames) the oldest news is forgotten, not hoarded. */
    private static final int MAX_TRACKED = 100_000;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Clock clock;
    private final Failures accounts = new Failures(FAILURES_PER_ACCOUNT);
    private final Failures addresses = new Failures(FAILURES_PER_ADDRESS);

    /** The application's clock when it has one (tests move it on), else the system's. */
    LoginThrottle(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** How long a login for this account from this address must wait; zero when it may go ahead. */
    Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration forAccount = accounts.blockedFor(accountKey(username), now);
        Duration forAddress = addresses.blockedFor(address, now);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        log.warn("Failed login for '{}' from {}", account, address);
        if (accounts.add(account, now)) {
            log.warn("Logins for '{}' held back for up to {} after {} failures", account, WINDOW, FAILURES_PER_ACCOUNT);
        }
        if (addresses.add(address, now)) {
            log.warn("Logins from {} held back for up to {} after {} failures", address, WINDOW, FAILURES_PER_ADDRESS);
        }
    }

    /** The account's own failures no longer count; its address's do, or one known password would hide a spray. */
    void succeeded(String username) {
        accounts.forget(accountKey(username));
    }

    /** As accounts are looked up; control characters are shown escaped, so a username cannot forge log lines. */
    private static String accountKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        StringBuilder printable = new StringBuilder();
        key.codePoints().limit(100).forEach(character -> {
            if (Character.isISOControl(character) || Character.getType(character) == Character.FORMAT) {
                printable.append(String.format("\\u%04x", character));
            } else {
                printable.appendCodePoint(character);
            }
        });
        return printable.toString();
    }

    /** The failures of each key within the window, at most {@code limit} of them: the oldest tells when it ends. */
    private static final class Failures {

        private final int limit;
        private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

        Failures(int limit) {
            this.limit = limit;
        }

        Duration blockedFor(String key, Instant now) {
            Deque<Instant> failures = recent.get(key);
            if (failures == null) {
                return Duration.ZERO;
            }
            synchronized (failures) {
                dropExpired(failures, now);
                return failures.size() < limit ? Duration.ZERO
                        : Duration.between(now, failures.peekFirst().plus(WINDOW));
            }
        }

        /** Returns whether this failure reached the limit. */
        boolean add(String key, Instant now) {
            if (recent.size() >= MAX_TRACKED) {
                recent.values().removeIf(failures -> {
                    synchronized (failures) {
                        dropExpired(failures, now);
                        return failures.isEmpty();
                    }
                });
                if (recent.size() >= MAX_TRACKED) {
                    recent.clear();
                }
            }
            Deque<Instant> failures = recent.computeIfAbsent(key, any -> new ArrayDeque<>());
            synchronized (failures) {
                dropExpired(failures, now);
                failures.addLast(now);
                if (failures.size() > limit) {
                    failures.removeFirst();
                }
                return failures.size() == limit;
            }
        }

        void forget(String key) {
            recent.remove(key);
        }

        private static void dropExpired(Deque<Instant> failures, Instant now) {
            while (!failures.isEmpty() && !failures.peekFirst().plus(WINDOW).isAfter(now)) {
                failures.removeFirst();
            }
        }
    }
}
