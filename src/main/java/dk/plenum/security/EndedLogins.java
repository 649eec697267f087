package dk.plenum.security;

import dk.plenum.security.internal.AccountStore;
import java.security.Principal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether a login made earlier has been ended since, on whichever instance ended it. A password reset or a
 * deactivation moves the account's session epoch on in the store, in the same update; a login holds while its
 * {@link PlenumUser} carries the epoch the account is in.
 * <p>
 * Asked on every request of a logged-in session and for every open members' stream, so answered from memory: the
 * epochs of the accounts this instance has seen are read again in one query every
 * {@code plenum.security.ended-login-check} (2 s); an account not seen before costs one read. When an epoch has
 * moved on, {@link LoginsEnded} is published on this instance, so that whatever holds such a login (the UI
 * sessions, the members' stream) ends it then rather than at its next request. The instance that ends the logins
 * publishes it at once ({@link #endedHere}). Asking about a login is what makes the instance watch its account: what
 * holds a login without making requests (a stream) asks when it is opened.
 */
@Component
public class EndedLogins implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EndedLogins.class);

    private final AccountStore accounts;
    private final ApplicationEventPublisher publisher;
    private final Duration checkEvery;
    /** Username → the account's epoch when last read. One entry per account seen: a council's people, not the public. */
    private final Map<String, Long> epochs = new ConcurrentHashMap<>();
    private ScheduledExecutorService checker;

    EndedLogins(AccountStore accounts, ApplicationEventPublisher publisher,
            @Value("${plenum.security.ended-login-check:2s}") Duration checkEvery) {
        this.accounts = accounts;
        this.publisher = publisher;
        this.checkEvery = checkEvery;
    }

    /** Whether the principal is a login whose account has ended its logins since; false for no login at all. */
    public boolean hasEnded(Principal principal) {
        return principal instanceof Authentication login && login.getPrincipal() instanceof PlenumUser user
                && hasEnded(user);
    }

    private boolean hasEnded(PlenumUser user) {
        Long current = epochs.get(user.getUsername());
        if (current == null) {
            current = accounts.sessionEpochs(List.of(user.getUsername())).get(user.getUsername());
            if (current == null) {
                return true; // the account is gone
            }
            epochs.putIfAbsent(user.getUsername(), current);
        }
        return user.sessionEpoch() != current;
    }

    /** This instance has just ended the account's logins: its sessions and streams here end now. */
    void endedHere(String username) {
        accounts.sessionEpochs(List.of(username)).forEach(epochs::put);
        publisher.publishEvent(new LoginsEnded(Set.of(username)));
    }

    /** Reads every known account's epoch again; those that moved on (or whose account is gone) are published. */
    void check() {
        if (epochs.isEmpty()) {
            return;
        }
        Map<String, Long> stored = accounts.sessionEpochs(Set.copyOf(epochs.keySet()));
        Set<String> ended = new HashSet<>();
        epochs.forEach((username, known) -> {
            Long current = stored.get(username);
            if (current == null) {
                epochs.remove(username);
                ended.add(username);
            } else if (!current.equals(known)) {
                epochs.put(username, current);
                ended.add(username);
            }
        });
        if (!ended.isEmpty()) {
            publisher.publishEvent(new LoginsEnded(ended));
        }
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException notNow) {
            // The store is unavailable (a full disk): the epochs known stay, and the next check tries again.
            log.warn("Could not check for ended logins: {}", notNow.toString());
        }
    }

    @Override
    public void start() {
        checker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("ended-logins")
                .factory());
        checker.scheduleWithFixedDelay(this::checkSafely, checkEvery.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        checker.shutdownNow();
        checker = null;
    }

    @Override
    public boolean isRunning() {
        return checker != null;
    }
}
