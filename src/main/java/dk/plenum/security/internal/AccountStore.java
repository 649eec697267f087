package dk.plenum.security.internal;

import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import dk.plenum.security.PlenumUser;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Accounts in MongoDB, keyed by username so two accounts can never share one. */
@Component
public class AccountStore {

    private static final String COLLECTION = "accounts";

    private final MongoTemplate mongo;

    AccountStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<PlenumUser> find(String username) {
        Document stored = mongo.findById(username, Document.class, COLLECTION);
        if (stored == null) {
            return Optional.empty();
        }
        Actor actor = new Actor(stored.getString("_id"), stored.getString("displayName"), roleOf(stored),
                stored.getString("councilId"), stored.getString("memberId"));
        return Optional.of(new PlenumUser(actor, stored.getString("passwordHash")));
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
        Document account = new Document("_id", actor.username())
                .append("displayName", actor.displayName())
                .append("role", actor.role().name())
                .append("councilId", actor.councilId())
                .append("memberId", actor.memberId())
                .append("passwordHash", passwordHash);
        try {
            mongo.insert(account, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }
}
