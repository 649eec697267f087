package dk.plenum.security;

import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.security.internal.AccountStore;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates accounts; passwords are stored only as hashes, of exactly what was typed. */
@Service
public class AccountService {

    /** BCrypt reads at most 72 bytes of a password: a longer one is refused rather than silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final AccountStore store;
    private final PasswordEncoder passwords;

    AccountService(AccountStore store, PasswordEncoder passwords) {
        this.store = store;
        this.passwords = passwords;
    }

    /**
     * Creates the account unless one with that username exists; returns whether it did.
     *
     * @throws CommandRefusedException for a username HTTP Basic cannot carry, or a password BCrypt would cut
     */
    public boolean createIfAbsent(Actor actor, String rawPassword) {
        String username = requireUsableUsername(actor.username());
        requireStorablePassword(rawPassword);
        if (store.find(username).isPresent()) {
            return false;
        }
        Actor stored = new Actor(username, actor.displayName(), actor.role(), actor.councilId(), actor.memberId());
        return store.insertIfAbsent(stored, passwords.encode(rawPassword));
    }

    public Optional<Actor> find(String username) {
        return store.find(normalise(username)).map(PlenumUser::actor);
    }

    /** Whether the password fits what BCrypt reads of it. */
    public static boolean fitsHash(String rawPassword) {
        return rawPassword.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The username as stored (trimmed, lower case); refuses a colon, which HTTP Basic reads as the end of
     * the username, and control or invisible formatting characters, which would forge or hide log lines.
     */
    public static String requireUsableUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new CommandRefusedException(Reason.INVALID, "refused.textEmpty", "username");
        }
        boolean unusable = username.codePoints().anyMatch(character -> character == ':'
                || Character.isISOControl(character) || Character.getType(character) == Character.FORMAT
                || Character.getType(character) == Character.LINE_SEPARATOR
                || Character.getType(character) == Character.PARAGRAPH_SEPARATOR);
        if (unusable) {
            throw new CommandRefusedException(Reason.INVALID, "refused.usernameCharacters");
        }
        return normalise(username);
    }

    private static void requireStorablePassword(String rawPassword) {
        if (rawPassword == null || rawPassword.isEmpty()) {
            throw new CommandRefusedException(Reason.INVALID, "refused.textEmpty", "password");
        }
        if (!fitsHash(rawPassword)) {
            throw new CommandRefusedException(Reason.INVALID, "refused.passwordTooLong", MAX_PASSWORD_BYTES);
        }
    }
}
