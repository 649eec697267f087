package dk.plenum.observer.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * ERROR frames say what the client did wrong in plain words. Spring puts the failure's message in the
 * {@code message} header, and for a frame it cannot parse that names Spring's classes
 * ({@code No enum constant org.springframework...}): our own refusals keep their message, anything else
 * gets a generic one and its detail goes to the debug log.
 */
final class PlainStompErrors extends StompSubProtocolErrorHandler {

    static final String NOT_ACCEPTED = "This frame is not STOMP 1.2 that the live stream accepts: CONNECT, then "
            + "SUBSCRIBE to /topic/meetings/{id} or /topic/meetings/{id}/full (docs/api.md).";

    private static final Logger log = LoggerFactory.getLogger(PlainStompErrors.class);

    @Override
    protected Message<byte[]> handleInternal(StompHeaderAccessor errorHeaders, byte[] errorPayload,
            @Nullable Throwable cause, @Nullable StompHeaderAccessor clientHeaders) {
        if (cause != null) { // null: an ERROR Spring wrote itself ("Session closed."), which names nothing
            errorHeaders.setMessage(plainMessage(cause));
        }
        return super.handleInternal(errorHeaders, errorPayload, cause, clientHeaders);
    }

    private static String plainMessage(Throwable cause) {
        for (Throwable reason = cause; reason != null; reason = reason.getCause()) {
            if (reason instanceof StreamRefusal refusal) {
                return refusal.getMessage();
            }
        }
        log.debug("Refused a live stream frame", cause);
        return NOT_ACCEPTED;
    }
}
