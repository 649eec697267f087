package dk.plenum.security;

import dk.plenum.visibility.Audience;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is logged in on the current request (UI or API), if anyone. */
@Component
public class CurrentActor {

    public Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PlenumUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }

    /** How much of a council's meetings the current person may see. */
    public Audience audienceFor(String councilId) {
        return get().map(actor -> actor.audienceFor(councilId)).orElse(Audience.PUBLIC);
    }

    /** The logged-in actor, or a refusal saying that logging in is needed. */
    public Actor require() {
        return get().orElseThrow(() -> new NotAllowedException("refused.loginNeeded"));
    }
}
