package dk.plenum.security;

import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.CommandText;
import dk.plenum.meeting.MemberRole;
import dk.plenum.security.internal.AccountStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates and manages accounts; passwords are stored only as hashes, of exactly what was typed, and an
 * activation link only as the hash of its secret. A council's secretariat manages its council's accounts, an
 * administrator every account; everyone changes their own password.
 */
@Service
public class AccountService {

    /** BCrypt reads at most 72 bytes of a password: a longer one is refused rather than silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;
    /** The shortest password anyone sets for an account: one typed by hand, not a generated one. */
    public static final int MIN_PASSWORD = 10;
    /** How long an activation link may wait to be used. */
    public static final Duration ACTIVATION_VALID = Duration.ofDays(7);
    private static final int MAX_USERNAME = 100;
    private static final int TOKEN_BYTES = 32;

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final CouncilRoster councils;
    private final EndedLogins endedLogins;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountService(AccountStore store, PasswordEncoder passwords, CouncilRoster councils,
            EndedLogins endedLogins, ObjectProvider<Clock> clock) {
        this.store = store;
        this.passwords = passwords;
        this.councils = councils;
        this.endedLogins = endedLogins;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Creates the account unless one with that username exists; returns whether it did. For start-up accounts
     * (the administrator, the demo), which nobody creates by hand.
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

    /**
     * What a new account is: a member's own login (tied to the member, so it acts only for them, in their
     * council's meetings; a member in the secretariat role gets a secretariat login), another secretary of a
     * council, or an administrator. The role is required: an account is never a secretary by default.
     */
    public record NewAccount(String username, AccountRole role, String councilId, String memberId) {
    }

    /**
     * Creates an account with a first password, which its owner may change.
     *
     * @throws CommandRefusedException for bad input, a username taken, or a creator who may not
     */
    public Actor create(Actor creator, NewAccount request, String password) {
        requireRunsMeetings(creator);
        // Refused in the order a form reads: the username, then the password, then who it is for.
        String username = requireNewUsername(request.username());
        requirePassword(password);
        Actor account = accountFor(creator, request, username);
        if (!store.insertIfAbsent(account, passwords.encode(password))) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.usernameTaken", username);
        }
        return account;
    }

    /** Creates an account without a password, and the one-time link with which its owner chooses one. */
    public ActivationLink createWithActivationLink(Actor creator, NewAccount request) {
        requireRunsMeetings(creator);
        String username = requireNewUsername(request.username());
        Actor account = accountFor(creator, request, username);
        String token = newToken();
        Instant expiresAt = clock.instant().plus(ACTIVATION_VALID);
        if (!store.insertAwaitingActivation(account, hash(token), expiresAt)) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.usernameTaken", username);
        }
        return new ActivationLink(username, token, expiresAt);
    }

    /**
     * A new first password for someone who forgot theirs; their logins end on every instance: the sessions and
     * members' streams here at once, elsewhere within seconds ({@link EndedLogins}).
     */
    public void resetPassword(Actor manager, String username, String password) {
        Login login = requireManaged(manager, username);
        requirePassword(password);
        store.setPassword(login.username(), passwords.encode(password));
        endedLogins.endedHere(login.username());
    }

    /** A new activation link instead of the password, which stops working at once; open sessions end. */
    public ActivationLink resetWithActivationLink(Actor manager, String username) {
        Login login = requireManaged(manager, username);
        String token = newToken();
        Instant expiresAt = clock.instant().plus(ACTIVATION_VALID);
        store.setActivation(login.username(), hash(token), expiresAt);
        endedLogins.endedHere(login.username());
        return new ActivationLink(login.username(), token, expiresAt);
    }

    /** The account can no longer log in, and its logins end on every instance, as on a reset. */
    public void deactivate(Actor manager, String username) {
        Login login = requireManaged(manager, username);
        if (login.username().equals(manager.username())) {
            throw new CommandRefusedException(Reason.INVALID, "refused.deactivateSelf");
        }
        store.setActive(login.username(), false);
        endedLogins.endedHere(login.username());
    }

    public void reactivate(Actor manager, String username) {
        store.setActive(requireManaged(manager, username).username(), true);
    }

    /** The owner changes their own password, proving it with the current one. */
    public void changeOwnPassword(Actor self, String currentPassword, String newPassword) {
        PlenumUser stored = store.find(self.username()).orElseThrow(
                () -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noAccount", self.username()));
        if (currentPassword == null || stored.getPassword().isEmpty()
                || !passwords.matches(currentPassword, stored.getPassword())) {
            throw new CommandRefusedException(Reason.INVALID, "refused.currentPasswordWrong");
        }
        requirePassword(newPassword);
        if (!store.replacePassword(self.username(), stored.getPassword(), passwords.encode(newPassword))) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.passwordChangedMeanwhile");
        }
    }

    /** Whose account an activation link opens, while it is valid. */
    public Optional<Login> activation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return store.awaitingActivation(hash(token), clock.instant()).flatMap(store::login);
    }

    /**
     * Sets the password chosen through the link; the link works once.
     *
     * @return the username, to log in with
     */
    public String activate(String token, String password) {
        requirePassword(password);
        String encoded = passwords.encode(password);
        return store.activate(hash(token == null ? "" : token), clock.instant(), encoded)
                .orElseThrow(() -> new CommandRefusedException(Reason.NOT_FOUND, "refused.activationInvalid"));
    }

    /** The council's accounts, for its secretariat (or an administrator). */
    public List<Login> loginsOf(Actor manager, String councilId) {
        manager.requireSecretariatOf(councilId);
        return store.loginsOf(councilId);
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

    /** Characters no text may hold first (named like every other field's), then what a username may not hold. */
    private static String requireNewUsername(String username) {
        return requireUsableUsername(CommandText.required(username, "username", MAX_USERNAME));
    }

    /** Stored as typed: a password is not text to tidy, and trimming would lock out whoever typed the spaces. */
    private static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new CommandRefusedException(Reason.INVALID, "refused.passwordTooShort", MIN_PASSWORD);
        }
        requireStorablePassword(password);
    }

    private Actor accountFor(Actor creator, NewAccount request, String username) {
        if (request.role() == null) {
            throw new CommandRefusedException(Reason.INVALID, "refused.roleMissing");
        }
        Actor account = switch (request.role()) {
            case MEMBER -> memberAccount(username, request);
            case SECRETARIAT -> new Actor(username, username, AccountRole.SECRETARIAT, existingCouncil(request), null);
            case ADMINISTRATOR -> new Actor(username, username, AccountRole.ADMINISTRATOR, null, null);
        };
        if (!account.isAdministrator()) {
            creator.requireSecretariatOf(account.councilId());
        } else if (!creator.isAdministrator()) {
            throw new NotAllowedException("refused.administratorOnly");
        }
        return account;
    }

    private String existingCouncil(NewAccount request) {
        if (!councils.councilExists(String.valueOf(request.councilId()))) {
            throw new CommandRefusedException(Reason.NOT_FOUND, "refused.noCouncil", request.councilId());
        }
        return request.councilId();
    }

    private Actor memberAccount(String username, NewAccount request) {
        String councilId = existingCouncil(request);
        CouncilRoster.Person member = councils.member(councilId, request.memberId()).orElseThrow(
                () -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noCouncilMember", request.memberId()));
        AccountRole role = member.role() == MemberRole.SECRETARIAT ? AccountRole.SECRETARIAT : AccountRole.MEMBER;
        return new Actor(username, member.name(), role, councilId, request.memberId());
    }

    /** The account, if {@code manager} manages it: its council's secretariat, or an administrator for any. */
    private Login requireManaged(Actor manager, String username) {
        requireRunsMeetings(manager);
        Login login = store.login(normalise(String.valueOf(username))).orElseThrow(
                () -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noAccount", username));
        if (login.councilId() == null && !manager.isAdministrator()) {
            throw new NotAllowedException("refused.administratorOnly");
        }
        manager.requireSecretariatOf(login.councilId());
        return login;
    }

    /** A member is told at once that accounts are the secretariat's, before anything they sent is checked. */
    private static void requireRunsMeetings(Actor actor) {
        if (!actor.runsMeetings()) {
            throw new NotAllowedException("refused.secretariatOnly");
        }
    }

    private static void requireStorablePassword(String rawPassword) {
        if (rawPassword == null || rawPassword.isEmpty()) {
            throw new CommandRefusedException(Reason.INVALID, "refused.textEmpty", "password");
        }
        if (!fitsHash(rawPassword)) {
            throw new CommandRefusedException(Reason.INVALID, "refused.passwordTooLong", MAX_PASSWORD_BYTES);
        }
    }

    private String newToken() {
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** SHA-256 is enough for a 256-bit random secret: nobody can guess it, so no slow hash is needed. */
    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is part of every JDK", unavailable);
        }
    }
}
