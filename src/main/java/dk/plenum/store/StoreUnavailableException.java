package dk.plenum.store;

import java.net.URI;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The store cannot serve reads or writes right now: the embedded store's disk is full or its file failed,
 * or a MongoDB server is out of disk space or unreachable. Nothing of the failed operation was stored.
 * The API answers 503, the UI says so in the user's language; the store comes back by itself once it can
 * write again.
 */
public class StoreUnavailableException extends DataAccessResourceFailureException {

    /** How long a client should wait before it retries; a freed disk is noticed within a second. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** Said on every channel; the cause, with the store's own words, goes only to the log. */
    private static final String DETAIL =
            "The data store is unavailable (is its disk full?). Nothing was stored; try again shortly.";

    /** The message is the same for every cause, so that a client (e.g. a STOMP ERROR frame) learns nothing internal. */
    public StoreUnavailableException(Throwable cause) {
        super("Store unavailable: " + DETAIL, cause);
    }

    /** Whether {@code failure}, or any of its causes, is the store being unavailable. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreUnavailableException) {
                return true;
            }
        }
        return false;
    }

    /** What every channel answering over HTTP (the API, and its authentication) says: 503, store unavailable. */
    public static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
        problem.setTitle("Store unavailable");
        problem.setType(URI.create("urn:plenum:problem:store-unavailable"));
        return problem;
    }
}
