package dk.plenum.security;

import java.util.Set;

/**
 * Published on each instance when the logins of these accounts were ended (a password reset or a deactivation,
 * made on this instance or another): whatever holds a login ends those for which {@link EndedLogins#hasEnded}
 * says so, as a login made since, with the new password, holds.
 */
public record LoginsEnded(Set<String> usernames) {

    public LoginsEnded {
        usernames = Set.copyOf(usernames);
    }
}
