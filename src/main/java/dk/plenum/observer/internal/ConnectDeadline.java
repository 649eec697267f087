package dk.plenum.observer.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.messaging.SessionConnectEvent;

/**
 * Closes a {@code /ws} socket that has not sent a complete STOMP CONNECT within
 * {@code plenum.observer.connect-deadline}. Without it a socket that sends nothing, or a frame without its
 * closing NUL, held an observer slot for minutes: Spring's own check counts any WebSocket message as a
 * first frame, and runs only when another socket connects.
 */
@Component
class ConnectDeadline implements WebSocketHandlerDecoratorFactory {

    private static final Logger log = LoggerFactory.getLogger(ConnectDeadline.class);

    private final Duration deadline;
    private final TaskScheduler scheduler;
    private final Map<String, ScheduledFuture<?>> awaitingConnect = new ConcurrentHashMap<>();

    /** The broker's scheduler, lazily: the broker's configuration, which makes it, needs this first. */
    ConnectDeadline(ObserverProperties properties,
            @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler scheduler) {
        this.deadline = properties.connectDeadline();
        this.scheduler = scheduler;
    }

    @EventListener
    void connected(SessionConnectEvent event) {
        cancel(SimpMessageHeaderAccessor.getSessionId(event.getMessage().getHeaders()));
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                awaitingConnect.put(session.getId(),
                        scheduler.schedule(() -> closeUnconnected(session), Instant.now().plus(deadline)));
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                cancel(session.getId());
                super.afterConnectionClosed(session, status);
            }
        };
    }

    private void cancel(String sessionId) {
        ScheduledFuture<?> closing = sessionId == null ? null : awaitingConnect.remove(sessionId);
        if (closing != null) {
            closing.cancel(false);
        }
    }

    /** The session is a {@link SocketOutbox}, whose close returns at once. */
    private void closeUnconnected(WebSocketSession session) {
        if (awaitingConnect.remove(session.getId()) == null) {
            return;
        }
        log.debug("No STOMP CONNECT within {} on {}: closing it", deadline, session.getRemoteAddress());
        try {
            session.close(CloseStatus.POLICY_VIOLATION.withReason("No STOMP CONNECT in time"));
        } catch (Exception alreadyClosed) {
            log.debug("Closing {}: {}", session.getId(), alreadyClosed.toString());
        }
    }
}
