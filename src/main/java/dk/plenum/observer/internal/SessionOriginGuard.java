package dk.plenum.observer.internal;

import dk.plenum.web.ProblemResponses;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.ObjectMapper;

/**
 * Refuses (403) a {@code /ws} handshake that the UI's session cookie logged in unless it comes from the app's
 * own origin or one of {@code plenum.observer.allowed-origins}: the browser sends the cookie along whichever
 * page opens the socket, so any page a member visits could otherwise read the members' stream (cross-site
 * WebSocket hijacking). A missing or opaque ({@code null}) Origin is not the app's own.
 * <p>
 * Anonymous handshakes stay open to any origin (the public stream is for anyone's software), and so does HTTP
 * Basic, which a page can only send if it knows the password. Refusing the handshake itself matters: a user
 * decided later (in the handshake handler) would still be replaced by the request's own principal.
 */
class SessionOriginGuard implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(SessionOriginGuard.class);

    private final List<String> allowedOrigins;
    private final ObjectMapper json;

    SessionOriginGuard(List<String> allowedOrigins, ObjectMapper json) {
        this.allowedOrigins = allowedOrigins;
        this.json = json;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) throws Exception {
        boolean sessionLogin = request.getPrincipal() != null
                && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        if (!sessionLogin || isOwnOrigin(request)) {
            return true;
        }
        log.warn("Refused a live stream handshake with a session cookie from origin {} ({})",
                request.getHeaders().getOrigin(), request.getRemoteAddress());
        ProblemResponses.write(response, json, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "A login session opens the live stream only from Plenum's own pages. Other software logs in "
                        + "with HTTP Basic on the handshake, or follows the public stream without logging in."));
        return false;
    }

    private boolean isOwnOrigin(ServerHttpRequest request) {
        String origin = request.getHeaders().getOrigin();
        if (origin == null || origin.equals("null")) {
            return false;
        }
        try {
            return allowedOrigins.stream().anyMatch(origin::equalsIgnoreCase) || WebUtils.isSameOrigin(request);
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }
}
