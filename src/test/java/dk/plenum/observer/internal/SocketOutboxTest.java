package dk.plenum.observer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.adapter.standard.StandardWebSocketSession;

/**
 * One send at a time, in order, never blocking the sender; an observer too far behind is closed, and closing
 * never blocks the sender either.
 */
class SocketOutboxTest {

    private final StandardWebSocketSession session = mock(StandardWebSocketSession.class);
    private final Session socket = mock(Session.class);
    private final RemoteEndpoint.Async remote = mock(RemoteEndpoint.Async.class);
    private final List<String> sent = new ArrayList<>();
    private final List<SendHandler> pending = new ArrayList<>();

    SocketOutboxTest() {
        when(session.getNativeSession(Session.class)).thenReturn(socket);
        when(socket.getAsyncRemote()).thenReturn(remote);
    }

    @Test
    void framesGoOutOneAtATimeInOrder() {
        completeLater();
        SocketOutbox outbox = new SocketOutbox(session, Runnable::run);

        outbox.send("a");
        outbox.send("b");
        outbox.send("c");
        assertThat(sent).containsExactly("a");

        completeNext(socket);
        completeNext(socket);
        assertThat(sent).containsExactly("a", "b", "c");
    }

    @Test
    void sendsCompletedAtOnceDoNotNestOneAnother() {
        int[] depth = {0, 0};
        doAnswer(call -> {
            sent.add(call.getArgument(0));
            depth[0]++;
            depth[1] = Math.max(depth[1], depth[0]);
            call.<SendHandler>getArgument(1).onResult(new SendResult(socket));
            depth[0]--;
            return null;
        }).when(remote).sendText(anyString(), any(SendHandler.class));
        SocketOutbox outbox = new SocketOutbox(session, Runnable::run);

        for (int i = 0; i < 10_000; i++) {
            outbox.send(Integer.toString(i));
        }

        assertThat(sent).hasSize(10_000).startsWith("0", "1").endsWith("9999");
        assertThat(depth[1]).isEqualTo(1);
    }

    @Test
    void anObserverThatDoesNotTakeItsFramesIsClosed() throws Exception {
        completeLater();
        SocketOutbox outbox = new SocketOutbox(session, Runnable::run);
        String frame = "x".repeat(1024);

        for (int i = 0; i <= StompTransportLimits.SEND_BUFFER_BYTES / frame.length(); i++) {
            outbox.send(frame);
        }
        verify(session, never()).close(any());

        outbox.send(frame);
        verify(session).close(any(CloseStatus.class));
    }

    @Test
    void aTooSlowObserverIsClosedOffTheSendersThread() throws Exception {
        completeLater();
        CompletableFuture<Thread> closedOn = new CompletableFuture<>();
        doAnswer(call -> closedOn.complete(Thread.currentThread())).when(session).close(any(CloseStatus.class));
        try (var closer = Executors.newVirtualThreadPerTaskExecutor()) {
            SocketOutbox outbox = new SocketOutbox(session, closer);
            String frame = "x".repeat(1024);

            for (int i = 0; i <= StompTransportLimits.SEND_BUFFER_BYTES / frame.length() + 1; i++) {
                outbox.send(frame);
            }

            assertThat(closedOn.get(10, TimeUnit.SECONDS)).isNotSameAs(Thread.currentThread());
        }
    }

    @Test
    void aCloseWaitsForTheFramesQueuedBeforeIt() throws Exception {
        completeLater();
        SocketOutbox outbox = new SocketOutbox(session, Runnable::run);

        outbox.send("MESSAGE");
        outbox.send("ERROR");
        outbox.close(CloseStatus.PROTOCOL_ERROR);
        outbox.send("dropped");
        completeNext(socket);
        verify(session, never()).close(any());

        completeNext(socket);
        verify(session).close(CloseStatus.PROTOCOL_ERROR);
        assertThat(sent).containsExactly("MESSAGE", "ERROR");
    }

    private void completeLater() {
        doAnswer(call -> {
            sent.add(call.getArgument(0));
            pending.add(call.getArgument(1));
            return null;
        }).when(remote).sendText(anyString(), any(SendHandler.class));
    }

    private void completeNext(Session socket) {
        pending.removeFirst().onResult(new SendResult(socket));
    }
}
