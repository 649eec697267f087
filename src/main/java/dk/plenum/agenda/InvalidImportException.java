package dk.plenum.agenda;

import java.util.List;

/** An import document that was refused; it names every bad field, and nothing of it was stored. */
public class InvalidImportException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidImportException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
