package dk.plenum.security;

/**
 * The logged-in person a command comes from. A member account is tied to one council member;
 * a secretariat account to no one in particular.
 */
public record Actor(String username, String displayName, AccountRole role, String councilId, String memberId) {

    public boolean isSecretariat() {
        return role == AccountRole.SECRETARIAT;
    }

    /** Whether this is the account of that very member of that council. */
    public boolean isMember(String ofCouncilId, String theMemberId) {
        return role == AccountRole.MEMBER && ofCouncilId.equals(councilId) && theMemberId.equals(memberId);
    }

    public boolean belongsTo(String aCouncilId) {
        return isSecretariat() || aCouncilId.equals(councilId);
    }
}
