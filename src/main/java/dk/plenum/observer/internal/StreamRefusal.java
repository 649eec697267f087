package dk.plenum.observer.internal;

import org.springframework.messaging.MessagingException;

/**
 * A frame the live stream refuses on purpose. Its message is written for the client and goes out as is in the
 * ERROR frame; any other failure gets a plain message instead ({@link PlainStompErrors}).
 */
final class StreamRefusal extends MessagingException {

    StreamRefusal(String message) {
        super(message);
    }
}
