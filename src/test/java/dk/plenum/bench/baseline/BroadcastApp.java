package dk.plenum.bench.baseline;

import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.CurrentItemSet;
import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.observer.ObserverTopics;
import dk.plenum.observer.internal.StompTransportLimits;
import dk.plenum.observer.internal.SubscriptionReceipts;
import dk.plenum.visibility.PublishedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * The baseline of the fan-out benchmark: a bare Spring Boot STOMP broadcast app, so that Plenum's delay
 * and memory can be given as a ratio to what the framework itself does on the same machine. Tomcat,
 * a plain WebSocket STOMP endpoint on {@code /ws} and Spring's simple broker on {@code /topic}; no
 * security, Vaadin, store or Plenum logic.
 *
 * <p>{@code POST /broadcast/{meetingId}?seq=N} publishes event N to {@code /topic/meetings/{meetingId}}.
 * Like Plenum's public event of the benchmark's script (each item made current, then decided), an odd
 * seq is a current-item event and an even one a decision, built from the same records Plenum
 * serialises, so the frames have the same shape and size. The trigger answers once the event is queued
 * for the broker, which is where Plenum's command answers too: its fan-out runs on another thread.
 *
 * <p>Kept equal to Plenum so the comparison is fair: Tomcat's {@code max-connections} (12,000, copied from
 * application.properties) and the broker's publish order (copied from {@code StompConfiguration}); shared
 * with Plenum, its {@link StompTransportLimits} and its {@link SubscriptionReceipts} (the load client waits
 * for a receipt and the simple broker sends none). Left out, being Plenum's own logic: the observer
 * connection cap, the subscription guard, the cookie handshake and {@code SmallInboundBuffer}, which keeps
 * Plenum's inbound buffers below the 16 KiB Spring's STOMP handler gives every socket.
 *
 * <p>Not a {@code @Configuration}: Plenum's tests scan {@code dk.plenum} and must not pick this app up.
 * Only the auto-configurations it needs are imported, as the test classpath holds all of Plenum's.
 */
@EnableWebSocketMessageBroker
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class })
public class BroadcastApp implements WebSocketMessageBrokerConfigurer {

    private static final String ITEM_ID = UUID.randomUUID().toString();
    /** Plenum's scripted meeting has three members, all absent from every decision. */
    private static final List<String> ABSENT_MEMBER_IDS = List.of(UUID.randomUUID().toString(),
            UUID.randomUUID().toString(), UUID.randomUUID().toString());

    /** {@code --server.port=N} (0 for any free port) and other Spring Boot arguments. */
    public static void main(String[] args) {
        start(args);
    }

    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication app = new SpringApplication(BroadcastApp.class);
        app.setDefaultProperties(Map.of(
                // Not "application": Plenum's application.properties is on the same classpath.
                "spring.config.name", "bench-baseline",
                "spring.application.name", "bench-baseline",
                "server.tomcat.max-connections", "12000"));
        return app.run(args);
    }

    /** The trigger's path and query for event {@code seq} of the meeting. */
    public static String triggerPath(String meetingId, long seq) {
        return "/broadcast/" + meetingId + "?seq=" + seq;
    }

    /** One lane, as in Plenum: events reach the broker in seq order, off the request thread. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService broadcastLane() {
        return Executors.newSingleThreadExecutor(Thread.ofVirtual().name("broadcast").factory());
    }

    @Bean
    RouterFunction<ServerResponse> broadcastTrigger(SimpMessageSendingOperations broker, ExecutorService broadcastLane) {
        return RouterFunctions.route().POST("/broadcast/{meetingId}", request -> {
            String meetingId = request.pathVariable("meetingId");
            long seq = Long.parseLong(request.param("seq").orElseThrow());
            broadcastLane.execute(() -> publish(broker, meetingId, seq));
            return ServerResponse.ok().build();
        }).build();
    }

    private static void publish(SimpMessageSendingOperations broker, String meetingId, long seq) {
        MeetingChange change = seq % 2 == 1 ? new CurrentItemSet(ITEM_ID)
                : new DecisionRecorded(ITEM_ID, new Decision(DecisionOutcome.APPROVED, "Godkendt punkt " + seq / 2,
                        null, null, ABSENT_MEMBER_IDS, Instant.now(), "sekretariat", 1, List.of()));
        PublishedEvent event = new PublishedEvent(meetingId, seq, change.type(), Instant.now(), null, change);
        broker.convertAndSend(ObserverTopics.publicOf(meetingId), event); // JSON, by the broker's converter
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws").setAllowedOriginPatterns("*");
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(new SubscriptionReceipts());
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        StompTransportLimits.applyTo(registration);
    }
}
