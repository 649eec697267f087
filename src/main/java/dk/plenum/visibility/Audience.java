package dk.plenum.visibility;

/** Who is looking: the public (observers, anyone not logged in), a council member, or the secretariat. */
public enum Audience {
    PUBLIC,
    MEMBER,
    SECRETARIAT
}
