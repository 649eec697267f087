package dk.plenum.meeting;

/** The part a person plays in a council: formand, medlem, sekretariat or stedfortræder. */
public enum MemberRole {
    CHAIR,
    MEMBER,
    SECRETARIAT,
    SUBSTITUTE
}
