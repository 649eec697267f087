package dk.plenum.security;

import dk.plenum.meeting.Meeting;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import java.security.Principal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is logged in on the current request (UI or API), if anyone. */
@Component
public class CurrentActor {

    /**
     * The strategy this application context's filter chains use. Not the static
     * {@code SecurityContextHolder}: a second context in the same JVM (tests, a second instance)
     * replaces that global, and the logins of this context's requests would no longer be found.
     */
    private final SecurityContextHolderStrategy securityContext;

    CurrentActor(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    public Optional<Actor> get() {
        return of(securityContext.getContext().getAuthentication());
    }

    /** The actor behind a principal Spring Security authenticated, e.g. the user of a WebSocket session. */
    public static Optional<Actor> of(Principal principal) {
        if (principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof PlenumUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }

    /** How much of the meeting the current person may see. */
    public Audience audienceFor(Meeting meeting) {
        return get().map(actor -> actor.audienceFor(meeting)).orElse(Audience.PUBLIC);
    }

    /**
     * The meeting as the current person may see it: their audience's part, and a member's own pending or refused
     * protocol entries.
     */
    public Meeting visible(Meeting meeting) {
        Optional<Actor> actor = get();
        return MeetingVisibility.visibleTo(audienceFor(meeting), meeting, actor.map(Actor::memberId).orElse(null));
    }

    /** The logged-in actor, or a refusal saying that logging in is needed. */
    public Actor require() {
        return get().orElseThrow(() -> new NotAllowedException("refused.loginNeeded"));
    }
}
