package dk.plenum.observer.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the live stream ({@code plenum.observer.*}).
 *
 * @param maxConnections open {@code /ws} connections beyond which a handshake is refused with 503; keep
 *                       it well below {@code server.tomcat.max-connections} so observers can never take
 *                       the secretariat's and members' connection slots
 */
@ConfigurationProperties("plenum.observer")
public record ObserverProperties(@DefaultValue("10000") int maxConnections) {
}
