package dk.plenum.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's user, carrying the {@link Actor} the feature services check. */
public class PlenumUser extends User {

    private final Actor actor;

    public PlenumUser(Actor actor, String passwordHash) {
        super(actor.username(), passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }
}
