package dk.plenum.security.internal;

import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import dk.plenum.security.Login;
import dk.plenum.security.PlenumUser;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Accounts in MongoDB, keyed by username so two accounts can never share one. An account can log in while
 * it is active (a missing {@code active} is an account stored before deactivation existed) and has a password;
 * one made with an activation link has none until its owner chooses it, and holds only the link's hash.
 * <p>
 * {@code sessionEpoch} counts the times the account's logins were ended (a reset, a deactivation; missing: never):
 * a login holds while the epoch it was made in is the account's ({@link dk.plenum.security.EndedLogins}). It moves
 * on in the same update as the change that ends the logins, so no instance can see the one without the other.
 */
@Component
public class AccountStore implements InitializingBean {

    private static final String COLLECTION = "accounts";
    private static final String PASSWORD_HASH = "passwordHash";
    private static final String ACTIVE = "active";
    private static final String ACTIVATION_HASH = "activationHash";
    private static final String ACTIVATION_EXPIRES = "activationExpiresAt";
    private static final String SESSION_EPOCH = "sessionEpoch";

    private final MongoTemplate mongo;

    AccountStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(ACTIVATION_HASH, Sort.Direction.ASC).sparse());
        mongo.indexOps(COLLECTION).createIndex(new Index().on("councilId", Sort.Direction.ASC));
    }

    public Optional<PlenumUser> find(String username) {
        Document stored = mongo.findById(username, Document.class, COLLECTION);
        return Optional.ofNullable(stored).map(account -> new PlenumUser(actorOf(account),
                account.getString(PASSWORD_HASH) == null ? "" : account.getString(PASSWORD_HASH), epochOf(account)));
    }

    /** The account if it may log in now: active, and with a password chosen. */
    public Optional<PlenumUser> findUsable(String username) {
        Document stored = mongo.findById(username, Document.class, COLLECTION);
        if (stored == null || !isActive(stored) || stored.getString(PASSWORD_HASH) == null) {
            return Optional.empty();
        }
        return Optional.of(new PlenumUser(actorOf(stored), stored.getString(PASSWORD_HASH), epochOf(stored)));
    }

    /** Each account's session epoch, of those of {@code usernames} that exist, in one query. */
    public Map<String, Long> sessionEpochs(Collection<String> usernames) {
        Query ofThese = new Query(Criteria.where("_id").in(usernames));
        ofThese.fields().include(SESSION_EPOCH);
        Map<String, Long> epochs = new HashMap<>();
        mongo.find(ofThese, Document.class, COLLECTION)
                .forEach(account -> epochs.put(account.getString("_id"), epochOf(account)));
        return epochs;
    }

    private static long epochOf(Document stored) {
        return stored.get(SESSION_EPOCH) instanceof Number epoch ? epoch.longValue() : 0;
    }

    public Optional<Login> login(String username) {
        return Optional.ofNullable(mongo.findById(username, Document.class, COLLECTION)).map(AccountStore::loginOf);
    }

    /** The council's accounts (its secretariat's and its members'), by username. */
    public List<Login> loginsOf(String councilId) {
        Query ofCouncil = new Query(Criteria.where("councilId").is(councilId)).with(Sort.by("_id"));
        return mongo.find(ofCouncil, Document.class, COLLECTION).stream().map(AccountStore::loginOf).toList();
    }

    private static Login loginOf(Document stored) {
        Actor actor = actorOf(stored);
        return new Login(actor.username(), actor.displayName(), actor.role(), actor.councilId(), actor.memberId(),
                isActive(stored), stored.getString(PASSWORD_HASH) == null);
    }

    private static Actor actorOf(Document stored) {
        return new Actor(stored.getString("_id"), stored.getString("displayName"), roleOf(stored),
                stored.getString("councilId"), stored.getString("memberId"));
    }

    private static boolean isActive(Document stored) {
        return !Boolean.FALSE.equals(stored.getBoolean(ACTIVE));
    }

    /**
     * A secretariat account stored before accounts were scoped to councils has no council: it ran every
     * council's meetings, so it keeps doing so as an administrator rather than locking its owner out.
     */
    private static AccountRole roleOf(Document stored) {
        AccountRole role = AccountRole.valueOf(stored.getString("role"));
        return role == AccountRole.SECRETARIAT && stored.getString("councilId") == null ? AccountRole.ADMINISTRATOR
                : role;
    }

    public boolean insertIfAbsent(Actor actor, String passwordHash) {
        return insert(account(actor).append(PASSWORD_HASH, passwordHash));
    }

    /** A new account without a password, which the activation link with this hash gives its owner to choose. */
    public boolean insertAwaitingActivation(Actor actor, String activationHash, Instant expiresAt) {
        return insert(account(actor).append(ACTIVATION_HASH, activationHash)
                .append(ACTIVATION_EXPIRES, Date.from(expiresAt)));
    }

    private static Document account(Actor actor) {
        return new Document("_id", actor.username())
                .append("displayName", actor.displayName())
                .append("role", actor.role().name())
                .append("councilId", actor.councilId())
                .append("memberId", actor.memberId());
    }

    private boolean insert(Document account) {
        try {
            mongo.insert(account, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /**
     * A new password, replacing the old one and any activation link not used yet, and ending the account's logins;
     * false if there is no account.
     */
    public boolean setPassword(String username, String passwordHash) {
        Update newPassword = new Update().set(PASSWORD_HASH, passwordHash).unset(ACTIVATION_HASH)
                .unset(ACTIVATION_EXPIRES).inc(SESSION_EPOCH, 1);
        return mongo.updateFirst(byUsername(username), newPassword, COLLECTION).getMatchedCount() == 1;
    }

    /**
     * Changes the password only if it is still {@code expectedHash}: of two changes made with the same current
     * password, one wins.
     */
    public boolean replacePassword(String username, String expectedHash, String passwordHash) {
        Query unchanged = new Query(Criteria.where("_id").is(username).and(PASSWORD_HASH).is(expectedHash));
        return mongo.updateFirst(unchanged, new Update().set(PASSWORD_HASH, passwordHash), COLLECTION)
                .getMatchedCount() == 1;
    }

    /**
     * A new activation link; the password is removed, so only the link's holder can choose the next one, and the
     * account's logins end.
     */
    public boolean setActivation(String username, String activationHash, Instant expiresAt) {
        Update link = new Update().set(ACTIVATION_HASH, activationHash).set(ACTIVATION_EXPIRES, Date.from(expiresAt))
                .unset(PASSWORD_HASH).inc(SESSION_EPOCH, 1);
        return mongo.updateFirst(byUsername(username), link, COLLECTION).getMatchedCount() == 1;
    }

    /** The username whose activation link has this hash, if the link is still valid at {@code now}. */
    public Optional<String> awaitingActivation(String activationHash, Instant now) {
        Document stored = mongo.findOne(validLink(activationHash, now), Document.class, COLLECTION);
        return Optional.ofNullable(stored).map(account -> account.getString("_id"));
    }

    /**
     * Sets the password chosen through the link and forgets the link, in one step, so that a link works once
     * even if it is used twice at the same moment; the username, or empty if the link was not valid.
     */
    public Optional<String> activate(String activationHash, Instant now, String passwordHash) {
        Update activated = new Update().set(PASSWORD_HASH, passwordHash).unset(ACTIVATION_HASH)
                .unset(ACTIVATION_EXPIRES);
        Document before = mongo.findAndModify(validLink(activationHash, now), activated, Document.class, COLLECTION);
        return Optional.ofNullable(before).map(account -> account.getString("_id"));
    }

    private static Query validLink(String activationHash, Instant now) {
        return new Query(Criteria.where(ACTIVATION_HASH).is(activationHash).and(ACTIVATION_EXPIRES).gt(Date.from(now)));
    }

    /** Deactivating also ends the account's logins; reactivating lets it log in again, not the ended logins back. */
    public boolean setActive(String username, boolean active) {
        Update activity = new Update().set(ACTIVE, active);
        if (!active) {
            activity.inc(SESSION_EPOCH, 1);
        }
        return mongo.updateFirst(byUsername(username), activity, COLLECTION).getMatchedCount() == 1;
    }

    private static Query byUsername(String username) {
        return new Query(Criteria.where("_id").is(username));
    }
}
