package dk.plenum.meeting;

/** A regular agenda item, or the round-the-table item (bordet rundt) where members give short news. */
public enum ItemKind {
    REGULAR,
    ROUND_THE_TABLE
}
