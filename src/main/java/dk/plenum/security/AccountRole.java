package dk.plenum.security;

/** What an account may do: run meetings (the secretariat), or take part in its council's meetings. */
public enum AccountRole {
    SECRETARIAT,
    MEMBER
}
