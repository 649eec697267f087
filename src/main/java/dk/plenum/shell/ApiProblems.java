package dk.plenum.shell;

import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.IdempotencyKeyReusedException;
import dk.plenum.store.StoreUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

    /** A retry's Idempotency-Key that an earlier, different command used (docs/api.md, "Retries"). */
    @ExceptionHandler
    ProblemDetail keyReused(IdempotencyKeyReusedException reused) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, reused.getMessage());
    }

    /** The store cannot read or write right now (a full disk); it comes back by itself, so the client may retry. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> storeUnavailable(StoreUnavailableException unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, StoreUnavailableException.RETRY_AFTER_SECONDS)
                .body(StoreUnavailableException.problem());
    }
}
