package dk.plenum.council;

import dk.plenum.meeting.MemberRole;

/** A person in a council; the id is what attendance, decisions and posts refer to. */
public record CouncilMember(String id, String name, MemberRole role) {
}
