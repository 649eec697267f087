package dk.plenum.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a password against its stored hash at most once a minute. HTTP Basic sends the password with
 * every API request, and BCrypt on every one capped the secretariat's commands (docs/benchmarks.md).
 * Only matches are remembered, so every wrong guess still pays the full BCrypt price. The key is the
 * stored hash (salted, so one per account and password) and a keyed MAC of the password under a key that
 * lives only in this process, so a heap dump holds no plain digest of any password.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    private static final Duration REMEMBER_FOR = Duration.ofMinutes(1);
    /** Far above the accounts in use at once; past it everything is forgotten rather than tracked by age. */
    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder hashing;
    private final Clock clock;
    private final SecretKeySpec macKey;
    private final Map<String, Instant> matchedUntil = new ConcurrentHashMap<>();

    RememberingPasswordEncoder(PasswordEncoder hashing, Clock clock) {
        this.hashing = hashing;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.macKey = new SecretKeySpec(key, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hashing.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return hashing.matches(rawPassword, encodedPassword);
        }
        String key = encodedPassword + ' ' + mac(rawPassword);
        Instant until = matchedUntil.get(key);
        Instant now = clock.instant();
        // A wall clock set back must not stretch the minute: a match remembered "from the future" is checked again.
        if (until != null && now.isBefore(until) && !until.isAfter(now.plus(REMEMBER_FOR))) {
            return true;
        }
        boolean matches = hashing.matches(rawPassword, encodedPassword);
        if (matches) {
            if (matchedUntil.size() >= MAX_REMEMBERED) {
                matchedUntil.clear();
            }
            matchedUntil.put(key, now.plus(REMEMBER_FOR));
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private String mac(CharSequence rawPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }
}
