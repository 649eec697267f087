package dk.plenum.agenda.api;

import dk.plenum.agenda.DuplicateMeetingException;
import dk.plenum.agenda.ImportTooLargeException;
import dk.plenum.agenda.InvalidImportException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns refused imports into RFC 9457 problem bodies (application/problem+json). */
@RestControllerAdvice
class AgendaProblems {

    @ExceptionHandler
    ProblemDetail invalidImport(InvalidImportException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                refused.problems().size() + " field(s) of the import are invalid; nothing was stored.");
        problem.setTitle("Invalid meeting import");
        problem.setProperty("errors", refused.problems());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateMeetingException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle("Meeting already exists");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(ImportTooLargeException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, refused.getMessage());
        problem.setTitle("Meeting too large");
        return problem;
    }
}
