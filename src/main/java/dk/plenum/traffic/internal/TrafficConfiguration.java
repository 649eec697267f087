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
 * Puts Tomcat on {@link RoomForRequestsProtocol} ({@code server.tomcat.*} settings apply to it as usual) and
 * the {@link BodyLimitFilter} in front of {@code /api}.
 */
@Configuration
@EnableConfigurationProperties(BodyLimits.class)
class TrafficConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> roomForRequests() {
        return factory -> factory.setProtocol(RoomForRequestsProtocol.class.getName());
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
