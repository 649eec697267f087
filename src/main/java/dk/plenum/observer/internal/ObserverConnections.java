package dk.plenum.observer.internal;

import dk.plenum.web.ProblemResponses;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.databind.ObjectMapper;

/**
 * Counts open {@code /ws} connections and refuses the handshake (503 problem+json, before any socket is upgraded)
 * once the cap is reached, so observers can never fill Tomcat's connection slots. Concurrent handshakes can
 * overshoot the cap by a few; the cap sits far enough below Tomcat's limit for that.
 */
class ObserverConnections implements HandshakeInterceptor, WebSocketHandlerDecoratorFactory {

    private static final Logger log = LoggerFactory.getLogger(ObserverConnections.class);

    private final int max;
    private final ObjectMapper json;
    private final AtomicInteger open = new AtomicInteger();

    ObserverConnections(int max, ObjectMapper json) {
        this.max = max;
        this.json = json;
    }

    int open() {
        return open.get();
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) throws Exception {
        if (open.get() < max) {
            return true;
        }
        log.warn("Live stream full ({} connections): refused {}", max, request.getRemoteAddress());
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, "30");
        ProblemResponses.write(response, json, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The live stream is full (" + max + " connections). Try again later, or follow the meeting with "
                        + "GET /api/meetings/{id}/events?after={seq}."));
        return false;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                open.incrementAndGet();
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                open.decrementAndGet();
                super.afterConnectionClosed(session, status);
            }
        };
    }
}
