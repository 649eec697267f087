package dk.plenum.observer.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the live stream ({@code plenum.observer.*}).
 *
 * @param maxConnections                open {@code /ws} connections beyond which a handshake is refused with 503;
 *                                      keep it well below {@code server.tomcat.max-connections} so observers can
 *                                      never take the secretariat's and members' connection slots
 * @param allowedOrigins                origins ({@code https://plenum.example.dk}, as the browser sends them) besides
 *                                      the app's own from which a handshake may log in with the UI's session cookie;
 *                                      for a proxy that changes the host name or scheme the app sees
 * @param connectDeadline               how long a new socket may take to send a complete STOMP CONNECT before it is
 *                                      closed, so that idle or half-sent sockets cannot hold observer slots
 * @param maxSubscriptionsPerConnection subscriptions one connection may hold; one more is refused with an ERROR
 *                                      frame and the connection is closed
 */
@ConfigurationProperties("plenum.observer")
public record ObserverProperties(@DefaultValue("10000") int maxConnections, @DefaultValue List<String> allowedOrigins,
        @DefaultValue("10s") Duration connectDeadline, @DefaultValue("8") int maxSubscriptionsPerConnection) {
}
