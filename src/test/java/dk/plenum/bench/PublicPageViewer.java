package dk.plenum.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a browser on the public page ({@code /live/{id}}, decision 0016) joins the crowd, request for request as
 * {@code public-meeting.js} does: the page GET, the snapshot GET, the STOMP CONNECT offering heart-beats (kept up),
 * SUBSCRIBE with a receipt, and on the receipt the catch-up GET from the seq the page showed. Static files (script,
 * styles, icon) are left out: a browser caches them. Every answer must be 200 and set no cookie: the public page must
 * not cost a session, so a {@code Set-Cookie} stops the crowd.
 */
final class PublicPageViewer implements ObserverCrowd.Joining {

    /** The script's heart-beat, both ways. */
    private static final Duration HEART_BEAT = Duration.ofSeconds(10);
    private static final Pattern PAGE_SEQ = Pattern.compile("data-seq=\"(\\d+)\"");

    /** HTTP/1.1, as a browser speaks to a server without TLS; connections are kept alive and shared by the crowd. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String meetingId;

    PublicPageViewer(int port, String meetingId) {
        this.base = "http://localhost:" + port;
        this.meetingId = meetingId;
    }

    @Override
    public void around(Callable<?> subscribe) throws Exception {
        Matcher shown = PAGE_SEQ.matcher(get("/live/" + meetingId, "text/html"));
        if (!shown.find()) {
            throw new IllegalStateException("The public page names no seq");
        }
        get("/api/meetings/" + meetingId + "/live", "application/json");
        subscribe.call();
        get("/api/meetings/" + meetingId + "/events?after=" + shown.group(1), "application/json");
    }

    @Override
    public Duration heartBeat() {
        return HEART_BEAT;
    }

    private String get(String path, String accept) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", accept).header("Accept-Language", "da-DK,da;q=0.9").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode());
        }
        if (answer.headers().firstValue("Set-Cookie").isPresent()) {
            throw new IllegalStateException(path + " set a cookie, so a session per viewer: "
                    + answer.headers().allValues("Set-Cookie"));
        }
        return answer.body();
    }
}
