package dk.plenum.observer.internal;

import io.micrometer.core.instrument.Counter;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
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
 * <p>
 * Closing never blocks the caller either: the container's close waits for the peer to take a close frame, which
 * an observer that stopped reading never does, and the caller is often the meeting's one publishing thread. The
 * close runs on {@code closer}, after the frames queued before it (Spring queues an ERROR frame and closes at
 * once), unless the peer is too slow to take them.
 */
final class SocketOutbox extends WebSocketSessionDecorator implements SendHandler {

    private static final Logger log = LoggerFactory.getLogger(SocketOutbox.class);

    private final Session socket;
    private final RemoteEndpoint.Async remote;
    private final Executor closer;
    /** Counts the sockets closed as too slow ({@code plenum.observers.dropped}). */
    private final Counter droppedAsTooSlow;
    /** Guarded by this. */
    private final Queue<String> waiting = new ArrayDeque<>();
    private long waitingChars;
    private boolean sending;
    private long sendingSinceNanos;
    /** The thread inside {@code remote.sendText}, and whether the container completed that send before returning. */
    private Thread sender;
    private boolean completedInline;
    /** Set once the socket is to be closed: nothing more is queued. */
    private CloseStatus closing;
    /** Completed when the frames queued before the close are out, or cannot go out. */
    private final CompletableFuture<Void> flushed = new CompletableFuture<>();

    SocketOutbox(WebSocketSession session, Executor closer, Counter droppedAsTooSlow) {
        super(session);
        this.socket = ((NativeWebSocketSession) session).getNativeSession(Session.class);
        this.remote = socket.getAsyncRemote();
        this.closer = closer;
        this.droppedAsTooSlow = droppedAsTooSlow;
    }

    /** Sends one STOMP frame as text; queued behind any send still under way, dropped once closing. */
    void send(String frame) {
        synchronized (this) {
            if (closing != null) {
                return;
            }
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
            // Now, not when the send starts: a frame from another thread meanwhile must not find the time of a send
            // long finished (or none, on a fresh socket) and close the socket as too slow.
            sendingSinceNanos = System.nanoTime();
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

    /** Closes once the frames queued so far are out; returns at once. */
    @Override
    public void close(CloseStatus status) {
        synchronized (this) {
            if (closing != null) {
                return;
            }
            closing = status;
            if (!sending) {
                flushed.complete(null);
            }
        }
        // Bounded: a peer that takes nothing more would otherwise keep the queue, and the socket, forever.
        flushed.completeOnTimeout(null, StompTransportLimits.SEND_TIME_LIMIT_MILLIS, TimeUnit.MILLISECONDS)
                .thenRunAsync(() -> closeNow(status), closer);
    }

    @Override
    public void close() {
        close(CloseStatus.NORMAL);
    }

    /** Sends queued frames until the queue is empty or a send is left to complete later, on the container's thread. */
    private void sendWaiting() {
        while (true) {
            String next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    sending = false;
                    if (closing != null) {
                        flushed.complete(null);
                    }
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
                flushed.complete(null);
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

    /** Called holding the lock: drops what waits, as the peer will not take it, and closes without flushing. */
    private void closeAsTooSlow() {
        waiting.clear();
        waitingChars = 0;
        flushed.complete(null);
        droppedAsTooSlow.increment();
        close(CloseStatus.SESSION_NOT_RELIABLE.withReason("Too slow to take the live stream"));
    }

    /** Blocks while the container sends the close frame: for a peer that stopped reading, until its timeout. */
    private void closeNow(CloseStatus status) {
        try {
            getDelegate().close(status);
        } catch (IOException | RuntimeException alreadyGone) {
            log.debug("Closing live stream socket {}: {}", getId(), alreadyGone.toString());
        }
    }
}
