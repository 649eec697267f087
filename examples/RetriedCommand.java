package examples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * Sends one Plenum command so that it is recorded exactly once even when answers get lost: the command
 * carries an {@code Idempotency-Key}, and every retry sends the same key with the same body
 * (docs/api.md, "Retries"). Nothing but the JDK.
 *
 * <pre>
 * java examples/RetriedCommand.java http://localhost:8080 sekretariat:demo \
 *      /api/meetings/MEETING_ID/items/ITEM_ID/decision '{"outcome":"APPROVED","text":"Godkendt."}'
 * </pre>
 *
 * It retries when no answer came (a timeout, a dropped connection, a restarting server) and on 503 (the
 * store is unavailable, e.g. a full disk), waiting longer each time, and prints the final status and body.
 * Plenum's own tests drive this class, so the recipe stays proven.
 */
public final class RetriedCommand {

    private static final int ATTEMPTS = 6;
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RetriedCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java examples/RetriedCommand.java SERVER USER:PASSWORD PATH [JSON-BODY]");
            System.exit(2);
        }
        HttpResponse<String> answer = post(URI.create(args[0]), args[1], args[2], args.length > 3 ? args[3] : "");
        System.out.println(answer.statusCode() + " " + answer.body());
    }

    /**
     * POSTs {@code json} to {@code path} with a new key, retrying with that same key until an answer
     * other than 503 comes.
     */
    public static HttpResponse<String> post(URI server, String credentials, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()) // one key for every attempt
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        Duration wait = FIRST_WAIT;
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 503 || attempt == ATTEMPTS) {
                    return answer;
                }
            } catch (IOException noAnswer) {
                if (attempt == ATTEMPTS) {
                    throw noAnswer;
                }
            }
            Thread.sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }
}
