package dk.plenum.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * Spring Security's user, carrying the {@link Actor} the feature services check, and the account's session epoch
 * when it was read to log in: the login holds while the account is still in that epoch ({@link EndedLogins}).
 */
public class PlenumUser extends User {

    private final Actor actor;
    private final long sessionEpoch;

    public PlenumUser(Actor actor, String passwordHash, long sessionEpoch) {
        super(actor.username(), passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        this.actor = actor;
        this.sessionEpoch = sessionEpoch;
    }

    public Actor actor() {
        return actor;
    }

    public long sessionEpoch() {
        return sessionEpoch;
    }
}
