package dk.plenum.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.PlenumTest;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every push socket's endpoint is made with the buffer sizes of {@link PushSocketBuffers}, not Vaadin's 16,384: it reads
 * them from the Atmosphere of the Vaadin servlet when the socket opens. (NotesIT sends a note longer than two of the
 * client's fragments through them.)
 */
@PlenumTest
class PushSocketBuffersTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext context;

    @Test
    void theSocketsOfTheVaadinServletGetBuffersSizedToTheClientsFragments() throws Exception {
        // A page served: the Vaadin servlet and its service have started.
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Void> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(page.statusCode()).isEqualTo(200);
        }
        List<AtmosphereConfig> atmospheres = Collections.list(context.getAttributeNames()).stream()
                .map(context::getAttribute).filter(AtmosphereFramework.class::isInstance)
                .map(framework -> ((AtmosphereFramework) framework).getAtmosphereConfig()).toList();

        assertThat(atmospheres).isNotEmpty().allSatisfy(config -> {
            assertThat(config.getInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE)).isEqualTo("4096");
            assertThat(config.getInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE)).isEqualTo("4096");
            assertThat(config.getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE)).isEqualTo("256");
        });
    }
}
