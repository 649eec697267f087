package dk.plenum.observer.internal;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * Everything sent on one {@code /ws} socket, Spring's frames and the meeting streams' alike, goes out through
 * this queue with the container's non-blocking send, one message at a time. Sending never blocks the caller, so
 * one thread can hand an event to ten thousand observers; an observer that does not keep up (more than
 * {@link StompTransportLimits#SEND_BUFFER_BYTES} waiting, or one send outstanding for longer than
 * {@link StompTransportLimits#SEND_TIME_LIMIT_MILLIS}) is closed and catches up from the log when it reconnects.
 */
final class SocketOutbox extends WebSocketSessionDecorator implements SendHandler {

    private static final Logger log = LoggerFactory.getLogger(SocketOutbox.class);

    private final Session socket;
    private final RemoteEndpoint.Async remote;
    /** Guarded by this. */
    private final Queue<String> waiting = new ArrayDeque<>();
    private long waitingChars;
    private boolean sending;
    private long sendingSinceNanos;
    /** The thread inside {@code remote.sendText}, and whether the container completed that send before returning. */
    private Thread sender;
    private boolean completedInline;

    SocketOutbox(WebSocketSession session) {
        super(session);
        this.socket = ((NativeWebSocketSession) session).getNativeSession(Session.class);
        this.remote = socket.getAsyncRemote();
    }

    /** Sends one STOMP frame as text; queued behind any send still under way. */
    void send(String frame) {
        synchronized (this) {
            if (sending) {
                if (tooFarBehind(frame.length())) {
                    closeAsTooSlow();
                    return;
                }
                waiting.add(frame);
                waitingChars += frame.length();
                return;
            }
            waiting.add(frame);
            waitingChars += frame.length();
            sending = true;
        }
        sendWaiting();
    }

    @Override
    public void sendMessage(WebSocketMessage<?> message) {
        if (!(message instanceof TextMessage text)) {
            // Spring's STOMP handler sends JSON and receipts as text; nothing on /ws is binary.
            throw new IllegalArgumentException("Only text is sent on the live stream, not " + message);
        }
        send(text.getPayload());
    }

    /** Sends queued frames until the queue is empty or a send is left to complete later, on the container's thread. */
    private void sendWaiting() {
        while (true) {
            String next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    sending = false;
                    return;
                }
                waitingChars -= next.length();
                sendingSinceNanos = System.nanoTime();
                sender = Thread.currentThread();
                completedInline = false;
            }
            try {
                remote.sendText(next, this);
            } catch (IllegalStateException | IllegalArgumentException closedMeanwhile) {
                onResult(new SendResult(socket, closedMeanwhile));
            }
            synchronized (this) {
                sender = null;
                if (!completedInline) {
                    return; // onResult takes over
                }
            }
        }
    }

    @Override
    public void onResult(SendResult result) {
        synchronized (this) {
            if (!result.isOK()) {
                waiting.clear();
                waitingChars = 0;
                sending = false;
                log.debug("Live stream send to {} failed: {}", getId(), result.getException().toString());
                return;
            }
            if (sender == Thread.currentThread()) {
                completedInline = true; // the loop in sendWaiting goes on, without recursing
                return;
            }
        }
        sendWaiting();
    }

    private boolean tooFarBehind(int moreChars) {
        return waitingChars + moreChars > StompTransportLimits.SEND_BUFFER_BYTES
                || System.nanoTime() - sendingSinceNanos > StompTransportLimits.SEND_TIME_LIMIT_MILLIS * 1_000_000L;
    }

    private void closeAsTooSlow() {
        waiting.clear();
        waitingChars = 0;
        try {
            getDelegate().close(CloseStatus.SESSION_NOT_RELIABLE.withReason("Too slow to take the live stream"));
        } catch (IOException alreadyGone) {
            log.debug("Closing slow observer {}: {}", getId(), alreadyGone.toString());
        }
    }
}
