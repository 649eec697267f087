package dk.plenum.agenda;

/** One thing wrong with one field of an import, e.g. {@code items[2].visibility}: "must be OPEN or CLOSED". */
public record FieldProblem(String field, String message) {
}
