package dk.plenum.observer.internal;

import com.vaadin.flow.spring.annotation.VaadinTaskExecutor;
import dk.plenum.observer.ObserverTopics;
import java.security.Principal;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.util.WebUtils;

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
    private final SocketOutboxes outboxes;

    StompConfiguration(SubscriptionGuard guard, ObserverProperties properties, SocketOutboxes outboxes) {
        this.guard = guard;
        this.connections = new ObserverConnections(properties.maxConnections());
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
                .setHandshakeHandler(new CookieOnlySameOrigin())
                .addInterceptors(connections)
                // Public data for anyone's software, from any web page; see CookieOnlySameOrigin.
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

    /**
     * Any origin may connect, but a session cookie only counts on a same-origin handshake: otherwise any web
     * page a logged-in member visits could open the full stream with the member's cookie. HTTP Basic on the
     * handshake counts from anywhere, as the page must know the credentials.
     */
    private static final class CookieOnlySameOrigin extends DefaultHandshakeHandler {

        @Override
        protected Principal determineUser(ServerHttpRequest request, WebSocketHandler handler,
                Map<String, Object> attributes) {
            boolean basic = request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
            return basic || WebUtils.isSameOrigin(request) ? super.determineUser(request, handler, attributes) : null;
        }
    }
}
