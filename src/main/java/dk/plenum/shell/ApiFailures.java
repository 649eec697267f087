package dk.plenum.shell;

import dk.plenum.web.ProblemResponses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * The API's answer when nothing more specific answered: every error under {@code /api} is an
 * {@code application/problem+json} body with its true status. Without this, an unexpected exception
 * went to the container's error page, whose dispatch to {@code /error} fell through to the UI's filter
 * chain (302 to the login page, or an empty 403), and an unknown path reached Vaadin, which answered
 * 200 with its index page, so a client with a typo believed its command had been done.
 * <p>
 * These are fallbacks: the refusals in {@link ApiProblems}, the framework's 4xx problems and any more
 * specific handler (e.g. 503 for an unavailable store) answer first.
 * <p>
 * The public's server-rendered page ({@code /live/…}, outside Vaadin and the login) fails the same way: a failure
 * there was also sent to the login page (302), which told a viewer, or a cache in front, nothing was wrong.
 */
@Configuration(proxyBeanMethods = false)
class ApiFailures {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFailures.class);
    private static final String API = "/api";
    /** The paths whose failures are answered here: the API, and the public's page, which needs no login either. */
    private static final List<String> ANSWERED = List.of(API, "/live");

    private final ObjectMapper json;

    ApiFailures(ObjectMapper json) {
        this.json = json;
    }

    /**
     * 404 for a path under {@code /api} that no controller maps, with any method. Ordered after the
     * controllers' mappings, so a known path with the wrong method stays a 405, and before Vaadin's
     * catch-all mapping of {@code /**}.
     */
    @Bean
    SimpleUrlHandlerMapping unknownApiPaths() {
        HttpRequestHandler notFound = (request, response) -> answer(request.getMethod(), request.getRequestURI(),
                response, HttpStatus.NOT_FOUND, null);
        return new SimpleUrlHandlerMapping(Map.of(API + "/**", notFound), Ordered.LOWEST_PRECEDENCE - 2);
    }

    /** 500 for an exception that no exception handler took; runs after all of them. */
    @Bean
    HandlerExceptionResolver unexpectedApiFailures() {
        return new LastResolver();
    }

    /**
     * The container's error dispatch of an API request (a failure outside the controllers, e.g. in a
     * filter, or a bare {@code sendError}), answered before Spring Security's filters (order -100) could
     * send it to the UI chain.
     */
    @Bean
    FilterRegistrationBean<Filter> apiErrorDispatches() {
        Filter errorPage = (servletRequest, servletResponse, chain) -> {
            HttpServletRequest request = (HttpServletRequest) servletRequest;
            if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path
                    && answeredHere(request, path)
                    && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status) {
                answer(request.getMethod(), path, (HttpServletResponse) servletResponse, HttpStatus.valueOf(status),
                        (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            } else {
                chain.doFilter(servletRequest, servletResponse);
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(errorPage);
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    private final class LastResolver implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                Exception failure) {
            if (response.isCommitted() || !answeredHere(request, request.getRequestURI())) {
                return null;
            }
            answer(request.getMethod(), request.getRequestURI(), response, HttpStatus.INTERNAL_SERVER_ERROR, failure);
            return new ModelAndView();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * A problem body with the status's standard title. A server-side failure is logged with an id that
     * the body carries too, so a report can be matched to the log; the body names no class and holds no
     * stack trace.
     */
    private void answer(String method, String path, HttpServletResponse response, HttpStatus status,
            Throwable failure) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        if (status.is5xxServerError()) {
            String failureId = UUID.randomUUID().toString();
            LOG.error("API failure {}: {} {} answered {}", failureId, method, path, status.value(), failure);
            problem.setDetail("The server could not answer this request. Failure id " + failureId
                    + " identifies it in the server's log.");
            problem.setProperty("failureId", failureId);
        } else if (status == HttpStatus.NOT_FOUND) {
            problem.setDetail("No such resource or command in the API (docs/api.md lists them).");
        }
        // Whatever a failed handler had buffered is not part of the answer.
        response.resetBuffer();
        try {
            ProblemResponses.write(response, json, problem);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static boolean answeredHere(HttpServletRequest request, String path) {
        return ANSWERED.stream().map(prefix -> request.getContextPath() + prefix)
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
