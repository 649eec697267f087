package dk.plenum.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plenum's HTTP API as a client sees it: real requests to the running app, as the public
 * ({@code user == null}) or as a demo account (password "demo").
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final Map<String, String> headers;

    public Api(int port) {
        this(port, Map.of());
    }

    private Api(int port, Map<String, String> headers) {
        this.port = port;
        this.headers = headers;
    }

    /** This API with {@code name: value} on every request, e.g. the session cookie a sticky proxy routes by. */
    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(port, Map.copyOf(more));
    }

    public HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET());
    }

    /** A GET whose answer is binary, e.g. a PDF. */
    public HttpResponse<byte[]> getBytes(String path, String user) {
        return send(request(path, user).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String body, String user) {
        return send(path, "application/json", body, user);
    }

    /** A POST with any content type, to see how the API answers what it does not take. */
    public HttpResponse<String> send(String path, String contentType, String body, String user) {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET as an account whose password is not the demo password. */
    public HttpResponse<String> getWithPassword(String path, String user, String password) {
        return send(request(path, null).header("Authorization", basic(user, password)).GET());
    }

    /** A POST as an account whose password is not the demo password. */
    public HttpResponse<String> postWithPassword(String path, String body, String user, String password) {
        return send(request(path, null).header("Authorization", basic(user, password))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String path, String body, String user) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path, String user) {
        return send(request(path, user).DELETE());
    }

    /**
     * A command (POST, PUT or DELETE) with an {@code Idempotency-Key}, as a client that may retry it sends
     * it; a null body sends none.
     */
    public HttpResponse<String> command(String method, String path, String body, String user, String idempotencyKey) {
        HttpRequest.BodyPublisher content = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(request(path, user).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).method(method, content));
    }

    /** A POST with an {@code Idempotency-Key}, as an account whose password is not the demo password. */
    public HttpResponse<String> commandWithPassword(String path, String body, String user, String password,
            String idempotencyKey) {
        return send(request(path, null).header("Authorization", basic(user, password))
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        if (user != null) {
            request.header("Authorization", basic(user, "demo"));
        }
        return request;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
