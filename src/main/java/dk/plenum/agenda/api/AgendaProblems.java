package dk.plenum.agenda.api;

import dk.plenum.agenda.DuplicateMeetingException;
import dk.plenum.agenda.InvalidImportException;
import dk.plenum.meeting.MeetingNotFoundException;
import dk.plenum.security.NotAllowedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the agenda's refusals, from any controller, into RFC 9457 problem bodies (application/problem+json). */
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
    ProblemDetail notAllowed(NotAllowedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
        problem.setTitle("Not allowed");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(MeetingNotFoundException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
        problem.setTitle("Meeting not found");
        return problem;
    }
}
