package dk.plenum.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ScriptedMeeting;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Oversized bodies under {@code /api} are refused with 413 problem+json before they are parsed, whether they
 * say their length or come chunked, and nothing is stored; bodies within the limit work either way. The limits
 * are the defaults: 256 KiB for a command, 2 MiB for an import.
 */
@PlenumTest
class BodyLimitTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String SECRETARIAT = "Basic c2VrcmV0YXJpYXQ6ZGVtbw=="; // sekretariat:demo

    @LocalServerPort
    int port;

    private ScriptedMeeting meeting;
    private String decisionPath;

    @BeforeEach
    void runningMeeting() {
        meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 2);
        meeting.start();
        decisionPath = "/api/meetings/" + meeting.id() + "/items/"
                + meetingNow().get("items").get(0).get("id").stringValue() + "/decision";
    }

    @Test
    void aCommandOverItsLimitByContentLengthIs413AndStoresNothing() throws Exception {
        long before = lastSeq();
        HttpResponse<String> refused = post(decisionPath, HttpRequest.BodyPublishers.ofString(decision(300 * 1024)));
        assertRefusedAsTooLarge(refused, "256 KiB");
        assertThat(lastSeq()).isEqualTo(before);
    }

    @Test
    void aChunkedCommandOverItsLimitIs413AndStoresNothing() throws Exception {
        long before = lastSeq();
        HttpResponse<String> refused = post(decisionPath, chunked(decision(300 * 1024)));
        assertRefusedAsTooLarge(refused, "256 KiB");
        assertThat(lastSeq()).isEqualTo(before);
    }

    @Test
    void commandsWithinTheLimitWorkWithALengthAndChunked() throws Exception {
        long before = lastSeq();
        // 10,000 characters, the longest decision text, each escaped as \\uXXXX as many JSON encoders do: 60 KB.
        String escapedText = "\\u00e6".repeat(10_000);
        String body = "{\"outcome\": \"APPROVED\", \"text\": \"" + escapedText + "\"}";
        assertThat(post(decisionPath, HttpRequest.BodyPublishers.ofString(body)).statusCode()).isEqualTo(200);
        assertThat(post(decisionPath, chunked(body)).statusCode()).isEqualTo(200);
        assertThat(lastSeq()).isEqualTo(before + 2);
        assertThat(meetingNow().get("items").get(0).get("decision").get("text").stringValue())
                .isEqualTo("æ".repeat(10_000));
    }

    @Test
    void theImportHasALimitOfItsOwn() throws Exception {
        // Over the command limit, within the import's: not refused for its size (the document itself is invalid).
        HttpResponse<String> withinImportLimit = post("/api/meetings/import",
                HttpRequest.BodyPublishers.ofString(padded(300 * 1024)));
        assertThat(withinImportLimit.statusCode()).isEqualTo(400);

        assertRefusedAsTooLarge(post("/api/meetings/import", chunked(padded(2 * 1024 * 1024 + 1))), "2,048 KiB");
    }

    @Test
    void vaadinRefusesAnOversizedUidlMessage() throws Exception {
        // A Vaadin session with a UI, as a browser opening the login page gets; only then does Vaadin read a body.
        HttpClient browserLike = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();
        HttpResponse<String> init = browserLike.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/?v-r=init&location=login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(init.statusCode()).isEqualTo(200);
        String message = "{\"csrfToken\": \"x\", \"rpc\": [], \"syncId\": 0, \"clientId\": 0, \"pad\": \"%s\"}";

        assertThat(uidl(browserLike, message.formatted("")).statusCode()).isEqualTo(200);
        // Vaadin's own limit (vaadin.maxRequestBodySize: 1 MiB here, 10 MB by default) answers 413, which the
        // app's error handling currently shows an anonymous user as the way to the login page.
        assertThat(uidl(browserLike, message.formatted("x".repeat(1024 * 1024))).statusCode()).isNotEqualTo(200);
    }

    private HttpResponse<String> uidl(HttpClient client, String message) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefusedAsTooLarge(HttpResponse<String> response, String limit) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Api.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("code").asString()).isEqualTo("refused.bodyTooLarge");
        assertThat(problem.get("detail").asString()).contains(limit);
    }

    private static String decision(int bytes) {
        return "{\"outcome\": \"APPROVED\", \"text\": \"" + "x".repeat(bytes) + "\"}";
    }

    private static String padded(int bytes) {
        return "{\"padding\": \"" + "x".repeat(bytes) + "\"}";
    }

    /** No Content-Length: the client streams the body in chunks. */
    private static HttpRequest.BodyPublisher chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", SECRETARIAT).header("Content-Type", "application/json")
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode meetingNow() {
        return Api.json(new Api(port).get("/api/meetings/" + meeting.id(), null));
    }

    private long lastSeq() {
        return meetingNow().get("lastSeq").asLong();
    }
}
