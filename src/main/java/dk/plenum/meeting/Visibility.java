package dk.plenum.meeting;

/** Whether an agenda item or an attachment is treated in public (åben) or behind closed doors (lukket). */
public enum Visibility {
    OPEN,
    CLOSED
}
