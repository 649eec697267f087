package dk.plenum.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes an RFC 9457 problem where Spring MVC's own handling does not reach: in servlet filters, Spring
 * Security's handlers and the WebSocket handshake. The status is the problem's.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    public static void write(ServerHttpResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody().write(json.writeValueAsBytes(problem));
    }
}
