package dk.plenum.traffic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.PlenumTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** Every connection's buffers are small, and requests and answers bigger than them still go whole. */
@PlenumTest
class SocketBuffersTest {

    @Autowired
    WebServerApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void tomcatKeepsTwoKibibytesPerConnectionForReading() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();

        assertThat(server.getTomcat().getConnector().getProperty("socket.appReadBufSize"))
                .isEqualTo(String.valueOf(TrafficConfiguration.SOCKET_READ_BUFFER_BYTES));
    }

    @Test
    void tomcatKeepsFourKibibytesPerConnectionForWriting() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();

        assertThat(server.getTomcat().getConnector().getProperty("socket.appWriteBufSize"))
                .isEqualTo(String.valueOf(TrafficConfiguration.SOCKET_WRITE_BUFFER_BYTES));
    }

    @Test
    void anAnswerManyTimesTheWriteBufferArrivesWhole() throws Exception {
        byte[] script;
        try (var file = getClass().getResourceAsStream("/META-INF/resources/scripts/public-meeting.js")) {
            script = file.readAllBytes();
        }
        assertThat(script.length).isGreaterThan(3 * TrafficConfiguration.SOCKET_WRITE_BUFFER_BYTES);
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/scripts/public-meeting.js")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(script);
        }
    }

    @Test
    void aRequestHeadThreeTimesTheBufferIsStillReadWhole() throws Exception {
        String longHeader = "x".repeat(3 * TrafficConfiguration.SOCKET_READ_BUFFER_BYTES);
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/meetings")).header("X-Long", longHeader).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
        }
    }
}
