package dk.plenum.observer.internal;

import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * The WebSocket transport limits of {@code /ws} ({@link StompConfiguration} says why). Public because the
 * benchmark's bare broadcast app applies the same limits, so that it compares fairly with Plenum.
 */
public final class StompTransportLimits {

    /** CONNECT, SUBSCRIBE, UNSUBSCRIBE, DISCONNECT with a few headers; nothing an observer sends is bigger. */
    static final int MAX_INBOUND_FRAME_BYTES = 2 * 1024;
    /** About a hundred decisions' worth of events waiting for one observer before it is dropped. */
    static final int SEND_BUFFER_BYTES = 512 * 1024;
    static final int SEND_TIME_LIMIT_MILLIS = 10_000;
    /**
     * The heart-beat the server offers both ways: it writes one at least this often, and drops a client that
     * asked to send them but has been silent for three times as long (a dead peer).
     */
    static final long HEART_BEAT_MILLIS = 10_000;

    private StompTransportLimits() {
    }

    public static WebSocketTransportRegistration applyTo(WebSocketTransportRegistration registration) {
        return registration.setMessageSizeLimit(MAX_INBOUND_FRAME_BYTES)
                .setSendBufferSizeLimit(SEND_BUFFER_BYTES)
                .setSendTimeLimit(SEND_TIME_LIMIT_MILLIS);
    }
}
