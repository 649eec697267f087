package dk.plenum.meeting;

/** A council member summoned to a meeting, with the member id that stays the same across meetings. */
public record Participant(String memberId, String name, MemberRole role) {
}
