package dk.plenum.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.MovableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberingPasswordEncoderTest {

    private final AtomicInteger hashChecks = new AtomicInteger();
    /** Once set, every hash check says no: only a remembered match can still let the password in. */
    private final AtomicBoolean passwordWithdrawn = new AtomicBoolean();
    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            hashChecks.incrementAndGet();
            return !passwordWithdrawn.get() && bcrypt.matches(rawPassword, encodedPassword);
        }
    };
    private final MovableClock clock = new MovableClock();
    private final RememberingPasswordEncoder passwords = new RememberingPasswordEncoder(counting, clock);

    @Test
    void aMatchIsCheckedAgainstTheHashOnlyOnce() {
        String hash = passwords.encode("demo");

        assertThat(passwords.matches("demo", hash)).isTrue();
        assertThat(passwords.matches("demo", hash)).isTrue();
        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void everyWrongPasswordPaysForTheHashCheck() {
        String hash = passwords.encode("demo");
        passwords.matches("demo", hash);

        assertThat(passwords.matches("demo2", hash)).isFalse();
        assertThat(passwords.matches("demo2", hash)).isFalse();
        assertThat(hashChecks).hasValue(3);
    }

    @Test
    void aNewHashOfTheSameAccountIsCheckedAfresh() {
        passwords.matches("demo", passwords.encode("demo"));

        assertThat(passwords.matches("demo", passwords.encode("other"))).isFalse();
        assertThat(hashChecks).hasValue(2);
    }

    @Test
    void aMatchIsRememberedForAMinuteOnly() {
        String hash = passwords.encode("demo");
        passwords.matches("demo", hash);
        passwordWithdrawn.set(true);

        clock.advance(Duration.ofSeconds(59));
        assertThat(passwords.matches("demo", hash)).as("still remembered").isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(passwords.matches("demo", hash)).as("forgotten: the hash decides").isFalse();
        assertThat(hashChecks).hasValue(2);
    }

    @Test
    void aClockSetBackDoesNotStretchTheMinute() {
        String hash = passwords.encode("demo");
        passwords.matches("demo", hash);
        passwordWithdrawn.set(true);

        clock.advance(Duration.ofHours(-1));

        assertThat(passwords.matches("demo", hash)).isFalse();
    }
}
