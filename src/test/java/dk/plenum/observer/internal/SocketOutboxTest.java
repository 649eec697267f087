package dk.plenum.observer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.adapter.standard.StandardWebSocketSession;

/**
 * One send at a time, in order, never blocking the sender; an observer too far behind is closed, and closing
 * never blocks the sender either. The send-time limit (10 s) is waited for on the real clock.
 */
class SocketOutboxTest {

    /** Longer than the send-time limit, with room for a busy machine. */
    private static final Duration PAST_THE_SEND_TIME_LIMIT = Duration.ofSeconds(30);

    private final StandardWebSocketSession session = mock(StandardWebSocketSession.class);
    private final Session socket = mock(Session.class);
    private final RemoteEndpoint.Async remote = mock(RemoteEndpoint.Async.class);
    private final List<String> sent = new ArrayList<>();
    private final List<SendHandler> pending = new ArrayList<>();
    private final Counter dropped = new SimpleMeterRegistry().counter("plenum.observers.dropped");

    SocketOutboxTest() {
        when(session.getNativeSession(Session.class)).thenReturn(socket);
        when(socket.getAsyncRemote()).thenReturn(remote);
    }

    @Test
    void framesGoOutOneAtATimeInOrder() {
        completeLater();
        SocketOutbox outbox = new SocketOutbox(session, Runnable::run, dropped);

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
        SocketOutbox outbox = new SocketOutbox(session, Runnable::run, dropped);

        for (int i = 0; i < 10_000; i++) {
            outbox.send(Integer.toString(i));
        }

        assertThat(sent).hasSize(10_000).startsWith("0", "1").endsWith("9999");
        assertThat(depth[1]).isEqualTo(1);
    }

    @Test
    void anObserverThatDoesNotTakeItsFramesIsClosed() throws Exception {
        completeLater();
        SocketOutbox outbox = new SocketOutbox(session, Runnable::run, dropped);
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
            SocketOutbox outbox = new SocketOutbox(session, closer, dropped);
            String frame = "x".repeat(1024);

            for (int i = 0; i <= StompTransportLimits.SEND_BUFFER_BYTES / frame.length() + 1; i++) {
                outbox.send(frame);
            }

            assertThat(closedOn.get(10, TimeUnit.SECONDS)).isNotSameAs(Thread.currentThread());
        }
    }

    /**
     * A peer that stopped reading leaves one send outstanding, while far too little waits for the send buffer's
     * limit: the next frame after the send-time limit closes it. One thread hands every frame to both observers,
     * so the prompt one getting them all also shows that the stalled one never held up the sender.
     */
    @Test
    void anObserverWhoseSendHangsPastTheTimeLimitIsClosedWhileAnotherKeepsReceiving() throws Exception {
        completeLater();
        CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        doAnswer(call -> closed.complete(call.getArgument(0))).when(session).close(any(CloseStatus.class));
        SocketOutbox stalled = new SocketOutbox(session, Runnable::run, dropped);
        List<String> handedOut = new ArrayList<>();
        List<String> promptGot = new ArrayList<>();
        SocketOutbox prompt = promptOutbox(promptGot);

        await().atMost(PAST_THE_SEND_TIME_LIMIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            String frame = "MESSAGE " + handedOut.size();
            handedOut.add(frame);
            stalled.send(frame);
            prompt.send(frame);
            return closed.isDone();
        });

        assertThat(sent).as("the stalled peer's one outstanding send").containsExactly("MESSAGE 0");
        assertThat(String.join("", handedOut)).hasSizeLessThan(StompTransportLimits.SEND_BUFFER_BYTES / 10);
        assertThat(closed.get().getCode()).isEqualTo(CloseStatus.SESSION_NOT_RELIABLE.getCode());
        assertThat(promptGot).isEqualTo(handedOut);
        assertThat(dropped.count()).as("slow consumers dropped").isEqualTo(1);
    }

    @Test
    void aCloseWaitsForTheFramesQueuedBeforeItNoLongerThanTheSendTimeLimit() throws Exception {
        completeLater();
        SocketOutbox outbox = new SocketOutbox(session, Runnable::run, dropped);

        outbox.send("MESSAGE");
        outbox.send("ERROR");
        outbox.close(CloseStatus.PROTOCOL_ERROR);
        verify(session, never()).close(any());

        await().atMost(PAST_THE_SEND_TIME_LIMIT).untilAsserted(() -> verify(session).close(CloseStatus.PROTOCOL_ERROR));
        assertThat(sent).containsExactly("MESSAGE");
    }

    @Test
    void aCloseWaitsForTheFramesQueuedBeforeIt() throws Exception {
        completeLater();
        SocketOutbox outbox = new SocketOutbox(session, Runnable::run, dropped);

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

    /**
     * Two threads sending the first frames of a socket at once (Spring's CONNECTED and the subscription's RECEIPT):
     * the second must find the first's send just begun, not a send outstanding since the socket opened. Run many
     * times, as the window between taking the send and starting it is short.
     */
    @Test
    void framesSentAtOnceFromTwoThreadsDoNotMakeAFreshSocketLookTooSlow() throws Exception {
        // Mocks of their own that record no calls: the fixture's would keep the calls of 50,000 sockets in memory.
        RemoteEndpoint.Async neverCompletes = mock(RemoteEndpoint.Async.class, withSettings().stubOnly());
        Session quietSocket = mock(Session.class, withSettings().stubOnly());
        StandardWebSocketSession quietSession = mock(StandardWebSocketSession.class, withSettings().stubOnly());
        when(quietSession.getNativeSession(Session.class)).thenReturn(quietSocket);
        when(quietSocket.getAsyncRemote()).thenReturn(neverCompletes);
        CyclicBarrier together = new CyclicBarrier(2);
        int sockets = 50_000;
        SocketOutbox[] outboxes = new SocketOutbox[sockets];
        for (int i = 0; i < sockets; i++) {
            outboxes[i] = new SocketOutbox(quietSession, Runnable::run, dropped);
        }
        Thread other = Thread.ofPlatform().start(() -> sendEach(outboxes, "RECEIPT", together));

        sendEach(outboxes, "CONNECTED", together);
        other.join();

        assertThat(dropped.count()).isZero();
    }

    private static void sendEach(SocketOutbox[] outboxes, String frame, CyclicBarrier together) {
        try {
            for (SocketOutbox outbox : outboxes) {
                together.await(10, TimeUnit.SECONDS);
                outbox.send(frame);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An outbox whose peer takes every frame at once. */
    private SocketOutbox promptOutbox(List<String> received) {
        StandardWebSocketSession promptSession = mock(StandardWebSocketSession.class);
        Session promptSocket = mock(Session.class);
        RemoteEndpoint.Async promptRemote = mock(RemoteEndpoint.Async.class);
        when(promptSession.getNativeSession(Session.class)).thenReturn(promptSocket);
        when(promptSocket.getAsyncRemote()).thenReturn(promptRemote);
        doAnswer(call -> {
            received.add(call.getArgument(0));
            call.<SendHandler>getArgument(1).onResult(new SendResult(promptSocket));
            return null;
        }).when(promptRemote).sendText(anyString(), any(SendHandler.class));
        return new SocketOutbox(promptSession, Runnable::run, dropped);
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
