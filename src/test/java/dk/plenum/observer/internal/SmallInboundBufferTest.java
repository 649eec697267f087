package dk.plenum.observer.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import org.springframework.web.socket.messaging.StompSubProtocolHandler;

/** Spring's STOMP handler may not give each observer's socket a 16 KiB inbound buffer (33 KB of heap). */
class SmallInboundBufferTest {

    @Test
    void theStompHandlersRaiseOfTheInboundBufferIsIgnored() throws Exception {
        WebSocketSession socket = mock(WebSocketSession.class);
        WebSocketHandler stompHandler = new AbstractWebSocketHandler() {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) {
                session.setTextMessageSizeLimit(StompSubProtocolHandler.MINIMUM_WEBSOCKET_MESSAGE_SIZE);
            }
        };

        new SmallInboundBuffer().decorate(stompHandler).afterConnectionEstablished(socket);

        verify(socket).setTextMessageSizeLimit(StompTransportLimits.MAX_INBOUND_FRAME_BYTES);
        verify(socket, never()).setTextMessageSizeLimit(StompSubProtocolHandler.MINIMUM_WEBSOCKET_MESSAGE_SIZE);
    }
}
