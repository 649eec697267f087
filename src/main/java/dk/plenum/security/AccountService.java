package dk.plenum.security;

import dk.plenum.security.internal.AccountStore;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates accounts; passwords are stored only as hashes. */
@Service
public class AccountService {

    private final AccountStore store;
    private final PasswordEncoder passwords;

    AccountService(AccountStore store, PasswordEncoder passwords) {
        this.store = store;
        this.passwords = passwords;
    }

    /** Creates the account unless one with that username exists; returns whether it did. */
    public boolean createIfAbsent(Actor actor, String rawPassword) {
        if (store.find(normalise(actor.username())).isPresent()) {
            return false;
        }
        Actor stored = new Actor(normalise(actor.username()), actor.displayName(), actor.role(), actor.councilId(),
                actor.memberId());
        return store.insertIfAbsent(stored, passwords.encode(rawPassword));
    }

    public Optional<Actor> find(String username) {
        return store.find(normalise(username)).map(PlenumUser::actor);
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
