package dk.plenum.traffic.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts Tomcat on {@link RoomForRequestsProtocol} ({@code server.tomcat.*} settings apply to it as usual), with
 * small socket buffers, and the {@link BodyLimitFilter} in front of {@code /api}.
 */
@Configuration
@EnableConfigurationProperties(BodyLimits.class)
class TrafficConfiguration {

    /**
     * Tomcat keeps an 8 KiB read buffer for every open connection, also once it is a WebSocket that reads a
     * few short frames (an observer, a public page viewer, a Vaadin push channel; 2 KiB is the largest STOMP
     * frame a client may send): 6 KB of heap per public page viewer (docs/benchmarks.md). Reads into bigger
     * buffers, as request heads and bodies are, go past it straight from the socket.
     */
    static final int SOCKET_READ_BUFFER_BYTES = 2048;
    /**
     * Tomcat's write buffer, 8 KiB by default, is also held for as long as the connection is open: for a Vaadin push
     * channel, a STOMP observer or a public page viewer, thousands at once. Tomcat's documentation advises a smaller
     * one for many long-lived connections; a longer answer is written in more pieces.
     */
    static final int SOCKET_WRITE_BUFFER_BYTES = 4096;

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> roomForRequests() {
        return factory -> {
            factory.setProtocol(RoomForRequestsProtocol.class.getName());
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("socket.appReadBufSize", String.valueOf(SOCKET_READ_BUFFER_BYTES));
                connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_WRITE_BUFFER_BYTES));
            });
        };
    }

    /** First of all filters, before Spring Security: an anonymous oversized body is refused unread too. */
    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(BodyLimits limits, JsonMapper json) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(limits, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
