package dk.plenum.security;

import dk.plenum.meeting.MemberRole;
import java.util.Optional;

/**
 * What accounts need to know of councils: whether one exists, and who its members are. The council feature
 * answers it; it depends on security (its services authorise with {@link Actor}), so security asks through
 * this rather than depending on it back.
 */
public interface CouncilRoster {

    boolean councilExists(String councilId);

    /** The council's member with this id, if it has one. */
    Optional<Person> member(String councilId, String memberId);

    /** A council member as an account sees them: the name it shows and the part they play. */
    record Person(String name, MemberRole role) {
    }
}
