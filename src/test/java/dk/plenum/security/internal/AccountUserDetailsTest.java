package dk.plenum.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import dk.plenum.security.PlenumUser;
import dk.plenum.support.MovableClock;
import dk.plenum.support.PlenumTest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The accounts HTTP Basic logs in with are remembered, not read on every request: a change made on this instance
 * counts at once, one made on another instance (here: written to the store behind this instance's back) within the
 * ended-login check's 2 s, a deactivation as much as a new password.
 */
@PlenumTest
class AccountUserDetailsTest {

    private static final Duration REMEMBER_FOR = Duration.ofSeconds(2);

    @Autowired
    AccountStore store;
    @Autowired
    MongoTemplate mongo;

    private final MovableClock clock = new MovableClock();
    private AccountUserDetails accounts;
    private String username;

    @BeforeEach
    void anAccount() {
        accounts = new AccountUserDetails(store,
                new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class), REMEMBER_FOR);
        username = "konto-" + UUID.randomUUID();
        store.insertIfAbsent(new Actor(username, "Konto", AccountRole.MEMBER, "et-råd", "et-medlem"), "{noop}første");
    }

    @Test
    void aDeactivationOnThisInstanceEndsTheRememberedAccountAtOnce() {
        accounts.loadUserByUsername(username);

        store.setActive(username, false);

        assertThatThrownBy(() -> accounts.loadUserByUsername(username)).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void aNewPasswordOnThisInstanceIsUsedAtOnce() {
        accounts.loadUserByUsername(username);

        store.setPassword(username, "{noop}anden");

        assertThat(accounts.loadUserByUsername(username).getPassword()).isEqualTo("{noop}anden");
    }

    @Test
    void aDeactivationOnAnotherInstanceEndsTheRememberedAccountWithinTheCheckInterval() {
        accounts.loadUserByUsername(username);

        deactivatedElsewhere();

        assertThat(accounts.loadUserByUsername(username).getUsername()).as("remembered, not read")
                .isEqualTo(username);
        clock.advance(REMEMBER_FOR.minusMillis(1));
        assertThat(accounts.loadUserByUsername(username).getUsername()).isEqualTo(username);
        clock.advance(Duration.ofMillis(1));
        assertThatThrownBy(() -> accounts.loadUserByUsername(username)).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void aClockSetBackDoesNotStretchTheTimeAnAccountIsRemembered() {
        accounts.loadUserByUsername(username);
        clock.advance(Duration.ofMinutes(-5));

        deactivatedElsewhere();

        assertThatThrownBy(() -> accounts.loadUserByUsername(username)).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void everyLoginGetsAUserOfItsOwnWhosePasswordSpringSecurityMayErase() {
        UserDetails first = accounts.loadUserByUsername(username);
        ((PlenumUser) first).eraseCredentials();

        assertThat(accounts.loadUserByUsername(username).getPassword()).isEqualTo("{noop}første");
    }

    /** As another instance sharing the store deactivates the account: this instance's AccountStore writes nothing. */
    private void deactivatedElsewhere() {
        mongo.updateFirst(new Query(Criteria.where("_id").is(username)),
                new Update().set("active", false).inc("sessionEpoch", 1), "accounts");
    }
}
