package dk.plenum.observer.internal;

import com.vaadin.flow.spring.annotation.VaadinTaskExecutor;
import dk.plenum.observer.ObserverTopics;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import tools.jackson.databind.ObjectMapper;

/**
 * The live stream: plain WebSocket on {@code /ws}, STOMP 1.2, Spring's simple broker for {@code /topic}.
 * Observers only listen, so their frames are small and anything big is refused; an observer too slow to
 * take what is sent is dropped rather than buffered for, and catches up from the log when it reconnects
 * ({@link StompTransportLimits}).
 */
@Configuration
@EnableWebSocketMessageBroker
@EnableConfigurationProperties(ObserverProperties.class)
class StompConfiguration implements WebSocketMessageBrokerConfigurer {

    private final SubscriptionGuard guard;
    private final ObserverConnections connections;
    private final SessionOriginGuard origins;
    private final SocketOutboxes outboxes;

    StompConfiguration(SubscriptionGuard guard, ObserverProperties properties, SocketOutboxes outboxes,
            ObjectMapper json) {
        this.guard = guard;
        this.connections = new ObserverConnections(properties.maxConnections());
        this.origins = new SessionOriginGuard(properties.allowedOrigins(), json);
        this.outboxes = outboxes;
    }

    /** A message broker adds task executors of its own, and Vaadin then cannot tell which is its own. */
    @Bean
    @VaadinTaskExecutor
    TaskExecutor vaadinTaskExecutor() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("vaadin-");
        executor.setVirtualThreads(true);
        return executor;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ObserverTopics.ENDPOINT)
                .addInterceptors(origins, connections)
                // Public data for anyone's software, from any web page; a login session only from our own.
                .setAllowedOriginPatterns("*");
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker(ObserverTopics.PREFIX);
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
                .addDecoratorFactory(new SmallInboundBuffer())
                // Last, so outermost: the sessions the others see, and Spring sends through, are outboxes.
                .addDecoratorFactory(outboxes);
    }
}
