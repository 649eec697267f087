package dk.plenum.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/** The session ids an instance makes name it, as nginx's sticky routing (deploy/nginx/plenum.conf) expects. */
class InstanceRouteTest {

    @Test
    void sessionIdsEndWithTheInstancesRoute() throws Exception {
        assertThat(sessionCookie("a")).matches("JSESSIONID=[0-9A-F]+\\.a;.*");
        assertThat(sessionCookie("")).matches("JSESSIONID=[0-9A-F]+;.*");
    }

    private static String sessionCookie(String route) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new InstanceRoute(route).customize(factory);
        WebServer server = factory.getWebServer(servletContext -> servletContext.addServlet("session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                request.getSession(true);
            }
        }).addMapping("/"));
        server.start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.getPort() + "/")).build(), HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Set-Cookie").orElseThrow();
        } finally {
            server.stop();
        }
    }
}
