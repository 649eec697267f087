package dk.plenum.observer.internal;

import dk.plenum.observer.ObserverTopics;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import tools.jackson.databind.ObjectMapper;

/**
 * The live stream: plain WebSocket on {@code /ws}, STOMP 1.2, Spring's simple broker for {@code /topic}.
 * Observers only listen, so their frames are small and anything big is refused; an observer too slow to
 * take what is sent is dropped rather than buffered for, and catches up from the log when it reconnects
 * ({@link StompTransportLimits}). A socket must CONNECT within a deadline ({@link ConnectDeadline}), and the
 * broker offers heart-beats, so that neither silent sockets nor dead peers keep their slots. The broker itself is
 * set up by {@link StompBrokerConfiguration}.
 */
@Configuration
@EnableConfigurationProperties(ObserverProperties.class)
class StompConfiguration implements WebSocketMessageBrokerConfigurer {

    private final SubscriptionGuard guard;
    private final ObserverConnections connections;
    private final SessionOriginGuard origins;
    private final ConnectDeadline connectDeadline;
    private final SocketOutboxes outboxes;
    private final TaskScheduler heartBeats;

    /** The broker's scheduler, lazily: the broker's configuration, which makes it, needs this first. */
    StompConfiguration(SubscriptionGuard guard, ObserverProperties properties, SocketOutboxes outboxes,
            ConnectDeadline connectDeadline, ObjectMapper json,
            @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler heartBeats) {
        this.guard = guard;
        this.connections = new ObserverConnections(properties.maxConnections(), json);
        this.origins = new SessionOriginGuard(properties.allowedOrigins(), json);
        this.connectDeadline = connectDeadline;
        this.outboxes = outboxes;
        this.heartBeats = heartBeats;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ObserverTopics.ENDPOINT)
                .addInterceptors(origins, connections)
                // Public data for anyone's software, from any web page; a login session only from our own.
                .setAllowedOriginPatterns("*");
        registry.setErrorHandler(new PlainStompErrors());
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker(ObserverTopics.PREFIX)
                .setTaskScheduler(heartBeats)
                .setHeartbeatValue(new long[] {StompTransportLimits.HEART_BEAT_MILLIS,
                        StompTransportLimits.HEART_BEAT_MILLIS});
        // Spring's own frames (CONNECTED, RECEIPT, ERROR) in the order they were made, whichever pool thread
        // sends them; the meetings' events go straight to the SocketOutbox (MeetingStreams).
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(guard, new SubscriptionReceipts());
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        StompTransportLimits.applyTo(registration)
                .addDecoratorFactory(connections)
                .addDecoratorFactory(connectDeadline)
                .addDecoratorFactory(new SmallInboundBuffer())
                // Last, so outermost: the sessions the others see, and Spring sends through, are outboxes.
                .addDecoratorFactory(outboxes);
    }
}
