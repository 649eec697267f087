package dk.plenum.security;

/**
 * An account as the secretariat manages it from a council's member list: whether it can log in
 * ({@code active}) and whether its owner has yet to choose a password through an activation link.
 */
public record Login(String username, String displayName, AccountRole role, String councilId, String memberId,
        boolean active, boolean awaitingActivation) {
}
