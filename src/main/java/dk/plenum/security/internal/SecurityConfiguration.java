package dk.plenum.security.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dk.plenum.security.EndedLogins;
import dk.plenum.security.LoginPage;
import dk.plenum.store.StoreUnavailableException;
import dk.plenum.web.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Three filter chains, after two for Actuator (open on the management port only, absent on the application's). The API ({@code /api/**}) is stateless HTTP Basic without CSRF (it has no
 * cookies to forge); reads are open to the public, whose view the visibility rules decide. The live
 * stream's WebSocket handshake ({@code /ws}) is open to anyone and authenticates optionally, by HTTP Basic
 * or the UI's session; the STOMP layer decides what each may subscribe to. Everything else is the Vaadin
 * UI with its login page and view annotations, including its push channel.
 */
@Configuration
class SecurityConfiguration {

    /** On the application's clock when it has one (tests move it on), else the system's. */
    @Bean
    PasswordEncoder passwordEncoder(ObjectProvider<Clock> clock) {
        return new RememberingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                clock.getIfUnique(Clock::systemUTC));
    }

    /** The one username/password check of every chain, behind the throttle for guessing. */
    @Bean
    AuthenticationProvider logins(AccountUserDetails accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        return new ThrottledLogins(accounts, passwordEncoder, throttle);
    }

    /**
     * Health, info and Prometheus on the management port (docs/operations.md), which is bound to loopback or the
     * container network and never published: open there, without sessions. The matcher matches only that port.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPort(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /** The application's own port has no {@code /actuator}: a 404 problem, not the login page. */
    @Bean
    @Order(0)
    SecurityFilterChain noActuatorOnTheAppPort(HttpSecurity http, ObjectMapper json) throws Exception {
        return http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, refused) -> problem(response, json,
                                HttpStatus.NOT_FOUND, "No such page: health and metrics are on the management port."))
                        .accessDeniedHandler((request, response, refused) -> problem(response, json,
                                HttpStatus.NOT_FOUND, "No such page: health and metrics are on the management port.")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // A member's own notes (notes module) are never the public's, not even to read: 401.
                        .requestMatchers("/api/meetings/*/notes", "/api/meetings/*/notes/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, refused) ->
                        loginRefused(response, json, refused, "Log in with HTTP Basic to do this")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, refused) ->
                                loginRefused(response, json, refused, "Log in with HTTP Basic to do this"))
                        .accessDeniedHandler((request, response, refused) ->
                                problem(response, json, HttpStatus.FORBIDDEN, refused.getMessage())))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * No CSRF token: a WebSocket client cannot send one, the stream only reads, and the handshake honours a
     * session cookie only from the same origin (observer module). Wrong Basic credentials get a 401.
     */
    @Bean
    @Order(2)
    SecurityFilterChain liveStream(HttpSecurity http, ObjectMapper json, EndedLogins endedLogins,
            SecurityContextHolderStrategy securityContext) throws Exception {
        return http.securityMatcher("/ws", "/ws/**")
                .addFilterAfter(new EndedLoginFilter(endedLogins, securityContext), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // Answered here: an error dispatch would reach the UI chain and redirect to its login page.
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, refused) ->
                        loginRefused(response, json, refused, "Wrong user name or password")))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * Vaadin exempts its login form's POST from Spring's CSRF check, so another site could log a visitor in
     * as the attacker (login CSRF). Here CSRF is configured without that exemption; only Vaadin's own
     * requests stay exempt, as they carry Vaadin's CSRF token. The login form reads Spring's token from the
     * {@code _csrf} meta tags Vaadin puts on every page, and sends it.
     */
    @Bean
    @Order(3)
    SecurityFilterChain ui(HttpSecurity http, RequestUtil vaadinRequests, EndedLogins endedLogins,
            SecurityContextHolderStrategy securityContext) throws Exception {
        // Static stylesheets (META-INF/resources/styles) are for every page, the login page and the public's too.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/styles/**").permitAll());
        // The public's page of a meeting (publicpage) and its script are not Vaadin views: open to anyone.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/live/*", "/scripts/**")
                .permitAll());
        // A session whose login was ended on any instance is refused at its next request.
        http.addFilterAfter(new EndedLoginFilter(endedLogins, securityContext), SecurityContextHolderFilter.class);
        // An address that is no page is Vaadin's not-found page (404, shell.NotFoundStatus), for anyone: by default
        // Vaadin denies it, which sends the public to the login page and answers a logged-in user an empty 403.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/" + LoginPage.ROUTE)
                        .enableCsrfConfiguration(false).anyRequest(url -> url.permitAll()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .formLogin(form -> form.failureHandler(new LoginFailurePage()))
                .build();
    }

    /**
     * 429 with {@code Retry-After} for a throttled login (LoginThrottle); 503 when the login could not be checked
     * because the store is unavailable (a full disk), so a client retries later instead of believing its password
     * is wrong; else 401.
     */
    private static void loginRefused(HttpServletResponse response, ObjectMapper json, Exception refused,
            String detail) throws IOException {
        if (refused instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            problem(response, json, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
        } else if (StoreUnavailableException.isCause(refused)) {
            response.setHeader("Retry-After", StoreUnavailableException.RETRY_AFTER_SECONDS);
            write(response, json, StoreUnavailableException.problem());
        } else {
            problem(response, json, HttpStatus.UNAUTHORIZED, detail);
        }
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
            throws IOException {
        write(response, json, ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Plenum\"");
        }
        ProblemResponses.write(response, json, problem);
    }
}
