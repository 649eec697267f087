package dk.plenum.observer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.springframework.messaging.support.ExecutorSubscribableChannel;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.messaging.SubProtocolHandler;
import org.springframework.web.socket.messaging.SubProtocolWebSocketHandler;

/** Spring's STOMP frames go straight to the socket's outbox, with no buffer of Spring's in front that a close drops. */
class StompBrokerConfigurationTest {

    private final WebSocketSession outbox = mock(WebSocketSession.class);

    StompBrokerConfigurationTest() {
        when(outbox.getId()).thenReturn("socket-1");
        when(outbox.isOpen()).thenReturn(true);
    }

    @Test
    void anErrorSentWhileAnotherThreadIsSendingReachesTheOutboxBeforeTheClose() throws Exception {
        WebSocketSession stompSession = sessionTheStompHandlerSendsOn();
        CountDownLatch receiptInTheOutbox = new CountDownLatch(1);
        CountDownLatch errorSent = new CountDownLatch(1);
        doAnswer(call -> {
            if (call.<TextMessage>getArgument(0).getPayload().startsWith("RECEIPT")) {
                receiptInTheOutbox.countDown();
                errorSent.await(10, TimeUnit.SECONDS); // still sending when the ERROR comes and the close begins
            }
            return null;
        }).when(outbox).sendMessage(any());
        Thread receipt = Thread.ofPlatform().start(() -> send(stompSession, "RECEIPT"));
        receiptInTheOutbox.await(10, TimeUnit.SECONDS);

        stompSession.sendMessage(new TextMessage("ERROR"));
        stompSession.close(CloseStatus.PROTOCOL_ERROR);
        errorSent.countDown();
        receipt.join();

        InOrder order = inOrder(outbox);
        order.verify(outbox).sendMessage(new TextMessage("RECEIPT"));
        order.verify(outbox).sendMessage(new TextMessage("ERROR"));
        order.verify(outbox).close(CloseStatus.PROTOCOL_ERROR);
    }

    @Test
    void theNextOrderedFrameIsReleasedOnlyOnceTheFrameIsInTheOutbox() throws Exception {
        WebSocketSession stompSession = sessionTheStompHandlerSendsOn();
        List<String> seen = new ArrayList<>();
        doAnswer(call -> seen.add("outbox " + call.<TextMessage>getArgument(0).getPayload()))
                .when(outbox).sendMessage(any());
        ((ConcurrentWebSocketSessionDecorator) stompSession)
                .setMessageCallback(sent -> seen.add("release after " + ((TextMessage) sent).getPayload()));

        stompSession.sendMessage(new TextMessage("CONNECTED"));

        assertThat(seen).containsExactly("outbox CONNECTED", "release after CONNECTED");
    }

    /** The session Spring's STOMP handler is given for {@link #outbox}. */
    private WebSocketSession sessionTheStompHandlerSendsOn() throws Exception {
        SubProtocolWebSocketHandler handler = (SubProtocolWebSocketHandler) new StompBrokerConfiguration()
                .subProtocolWebSocketHandler(new ExecutorSubscribableChannel(), new ExecutorSubscribableChannel());
        SubProtocolHandler stomp = mock(SubProtocolHandler.class);
        when(stomp.getSupportedProtocols()).thenReturn(List.of("v12.stomp"));
        handler.setDefaultProtocolHandler(stomp);
        handler.afterConnectionEstablished(outbox);
        ArgumentCaptor<WebSocketSession> session = ArgumentCaptor.forClass(WebSocketSession.class);
        verify(stomp).afterSessionStarted(session.capture(), any());
        return session.getValue();
    }

    private static void send(WebSocketSession session, String frame) {
        try {
            session.sendMessage(new TextMessage(frame));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
