package dk.plenum.preparation;

/**
 * What a new meeting's agenda starts as: the council's standard items ({@code copyOf} null), or a copy of an
 * earlier meeting's agenda (its items, sections, kinds and open/closed; not its decisions, Bilag or
 * attendance).
 */
public record AgendaStart(String copyOf) {

    public static final AgendaStart STANDARD_ITEMS = new AgendaStart(null);
}
