package dk.plenum.observer.internal;

import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * Keeps each {@code /ws} socket's inbound message buffer at {@link StompTransportLimits#MAX_INBOUND_FRAME_BYTES}.
 * Spring's STOMP handler raises it to 16 KiB + 256 characters on every session so that stomp.js's 16 KiB
 * chunks of a big SEND fit: 33 KB of heap per socket, a third of an observer's cost (docs/benchmarks.md).
 * Observers send nothing but a few short frames, and a SEND is refused anyway.
 */
class SmallInboundBuffer implements WebSocketHandlerDecoratorFactory {

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                session.setTextMessageSizeLimit(StompTransportLimits.MAX_INBOUND_FRAME_BYTES);
                super.afterConnectionEstablished(new WebSocketSessionDecorator(session) {
                    @Override
                    public void setTextMessageSizeLimit(int ignored) {
                    }
                });
            }
        };
    }
}
