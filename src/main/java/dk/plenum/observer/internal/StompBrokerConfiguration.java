package dk.plenum.observer.internal;

import java.io.IOException;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.support.AbstractSubscribableChannel;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.DelegatingWebSocketMessageBrokerConfiguration;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.messaging.SubProtocolWebSocketHandler;

/**
 * What {@code @EnableWebSocketMessageBroker} sets up (with the {@link StompConfiguration} it delegates to), but
 * with Spring's STOMP handler sending straight to each socket's {@link SocketOutbox}. Spring's own session
 * decorator buffers a frame sent while another thread is sending, and drops it once a close is in progress: an
 * ERROR frame, which Spring follows at once with the close, was lost now and then when a RECEIPT or heart-beat
 * was going out. The outbox already takes sends from any thread, in order, within the same limits, and sends
 * what was queued before it closes.
 */
@Configuration(proxyBeanMethods = false)
class StompBrokerConfiguration extends DelegatingWebSocketMessageBrokerConfiguration {

    @Bean
    @Override
    public WebSocketHandler subProtocolWebSocketHandler(
            @Qualifier("clientInboundChannel") AbstractSubscribableChannel clientInboundChannel,
            @Qualifier("clientOutboundChannel") AbstractSubscribableChannel clientOutboundChannel) {
        SubProtocolWebSocketHandler handler = new SubProtocolWebSocketHandler(clientInboundChannel,
                clientOutboundChannel) {
            @Override
            protected WebSocketSession decorateSession(WebSocketSession outbox) {
                return new StraightToOutbox(outbox, getSendTimeLimit(), getSendBufferSizeLimit());
            }
        };
        handler.setPhase(getPhase());
        return handler;
    }

    /**
     * Of the type Spring's ordered publishing (which keeps CONNECTED, RECEIPT and ERROR in order) asks for, but
     * without a buffer of its own: each frame goes to the outbox at once, and only then is the next one released.
     */
    static final class StraightToOutbox extends ConcurrentWebSocketSessionDecorator {

        private volatile Consumer<WebSocketMessage<?>> releaseNext = sent -> { };

        StraightToOutbox(WebSocketSession outbox, int sendTimeLimit, int bufferSizeLimit) {
            super(outbox, sendTimeLimit, bufferSizeLimit);
        }

        @Override
        public void setMessageCallback(Consumer<WebSocketMessage<?>> releaseNext) {
            this.releaseNext = releaseNext;
        }

        @Override
        public void sendMessage(WebSocketMessage<?> message) throws IOException {
            getDelegate().sendMessage(message);
            releaseNext.accept(message);
        }

        @Override
        public void close(CloseStatus status) throws IOException {
            getDelegate().close(status);
        }
    }
}
