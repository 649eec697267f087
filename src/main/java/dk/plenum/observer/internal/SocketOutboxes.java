package dk.plenum.observer.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/** Gives every {@code /ws} socket its {@link SocketOutbox}, for Spring's frames and the meeting streams alike. */
@Component
class SocketOutboxes implements WebSocketHandlerDecoratorFactory {

    private final Map<String, SocketOutbox> bySession = new ConcurrentHashMap<>();
    /**
     * Where sockets are closed: a virtual thread each, as a close can wait seconds for a peer that stopped
     * reading, and 2,000 such observers dropped at once must not queue behind one another.
     */
    private final ExecutorService closer = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("live-stream-close-", 0).factory());
    private final Counter droppedAsTooSlow;

    SocketOutboxes(MeterRegistry registry) {
        this.droppedAsTooSlow = Counter.builder("plenum.observers.dropped")
                .description("Live stream sockets closed because they did not take what was sent in time")
                .register(registry);
    }

    Optional<SocketOutbox> of(String sessionId) {
        return Optional.ofNullable(bySession.get(sessionId));
    }

    /** The sockets open now. */
    Collection<SocketOutbox> open() {
        return bySession.values();
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                SocketOutbox outbox = new SocketOutbox(WebSocketSessionDecorator.unwrap(session), closer,
                        droppedAsTooSlow);
                bySession.put(session.getId(), outbox);
                super.afterConnectionEstablished(outbox);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                bySession.remove(session.getId());
                super.afterConnectionClosed(session, status);
            }
        };
    }
}
