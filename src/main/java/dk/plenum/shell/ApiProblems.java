package dk.plenum.shell;

import dk.plenum.meeting.CommandRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refused command, from any API controller, as an RFC 9457 problem body with the matching status. */
@RestControllerAdvice
class ApiProblems {

    @ExceptionHandler
    ProblemDetail refused(CommandRefusedException refused) {
        HttpStatus status = switch (refused.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setProperty("code", refused.messageKey());
        return problem;
    }
}
