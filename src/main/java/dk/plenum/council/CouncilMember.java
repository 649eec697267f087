package dk.plenum.council;

import dk.plenum.meeting.MemberRole;
import java.time.LocalDate;

/**
 * A person in a council; the id is what attendance, decisions and posts refer to. {@code party} (a
 * party letter or organisation) and {@code email} are optional. The membership runs from
 * {@code memberFrom} to {@code memberTo}, both days included; null means open-ended, so a new election
 * period ends the old members' periods instead of rewriting who sat in past meetings.
 */
public record CouncilMember(String id, String name, MemberRole role, String party, String email,
        LocalDate memberFrom, LocalDate memberTo) {

    /** A member with no party, e-mail or period: what an import knows of a person. */
    public static CouncilMember named(String id, String name, MemberRole role) {
        return new CouncilMember(id, name, role, null, null, null, null);
    }

    public boolean belongsOn(LocalDate day) {
        return (memberFrom == null || !day.isBefore(memberFrom)) && (memberTo == null || !day.isAfter(memberTo));
    }

    /** The same person in another role, keeping everything else the council knows of them. */
    public CouncilMember withRole(MemberRole newRole) {
        return new CouncilMember(id, name, newRole, party, email, memberFrom, memberTo);
    }
}
