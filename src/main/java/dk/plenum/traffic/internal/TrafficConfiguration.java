package dk.plenum.traffic.internal;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts Tomcat on {@link RoomForRequestsProtocol} ({@code server.tomcat.*} settings apply to it as usual). */
@Configuration
class TrafficConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> roomForRequests() {
        return factory -> factory.setProtocol(RoomForRequestsProtocol.class.getName());
    }
}
