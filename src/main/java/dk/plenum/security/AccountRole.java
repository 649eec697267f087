package dk.plenum.security;

/**
 * What an account may do: run every council's meetings and create any account (an administrator), run
 * the meetings of one council (its secretariat), or take part in its council's meetings (a member).
 */
public enum AccountRole {
    SECRETARIAT,
    MEMBER,
    ADMINISTRATOR
}
