package examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows a Plenum meeting live, with nothing but the JDK: a minimal STOMP 1.2 client over
 * {@link java.net.http.WebSocket} and the reconnect recipe of docs/api.md, "Live stream (STOMP)".
 *
 * <pre>
 * java examples/ObserverClient.java http://localhost:8080 MEETING_ID            # the public stream
 * java examples/ObserverClient.java http://localhost:8080 MEETING_ID kirsten:demo  # the full stream
 * </pre>
 *
 * It prints each event's JSON once, in seq order, and keeps following across dropped connections.
 * Plenum's own tests drive this class, so the recipe stays proven.
 */
public final class ObserverClient implements AutoCloseable {

    /** One event of the meeting's log; {@code live} is false when it was fetched from the log instead. */
    public record Event(long seq, String type, String json, boolean live) {

        /** Plenum writes {@code meetingId, seq, type} first, so no JSON parser is needed for those. */
        private static final Pattern HEAD = Pattern.compile("^\\{\"meetingId\":\"[^\"]*\",\"seq\":(\\d+),\"type\":\"(\\w+)\"");

        public static Event parse(String json, boolean live) {
            Matcher head = HEAD.matcher(json);
            if (!head.find()) {
                throw new IllegalArgumentException("Not an event: " + json);
            }
            return new Event(Long.parseLong(head.group(1)), head.group(2), json, live);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SNAPSHOT_SEQ = Pattern.compile("^\\{\"seq\":(\\d+),\"topic\":\"([^\"]+)\"");
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    /** STOMP heart-beats both ways, so that a dead server (or a dead client, for the server) is noticed. */
    private static final Duration HEART_BEAT = Duration.ofSeconds(10);

    private final URI server;
    private final String meetingId;
    private final String authorization;
    private final Map<String, String> headers;
    private final Consumer<Event> onEvent;
    private final Object lock = new Object();
    private long lastSeq;
    private String topic;
    private volatile StompConnection connection;
    private volatile boolean closed;
    private volatile int reconnects;
    private volatile int logReads;
    private volatile boolean following;
    private volatile String refusal;

    /**
     * @param credentials {@code user:password} for the full stream of your council's meetings, or null
     * @param onEvent     gets every event after the snapshot exactly once, in seq order, on a client thread
     */
    public ObserverClient(URI server, String meetingId, String credentials, Consumer<Event> onEvent) {
        this(server, meetingId, credentials, Map.of(), onEvent);
    }

    /**
     * @param headers sent with every request and the WebSocket handshake, e.g. a {@code Cookie} that a proxy keeping
     *                sessions on one instance routes by
     */
    public ObserverClient(URI server, String meetingId, String credentials, Map<String, String> headers,
            Consumer<Event> onEvent) {
        this.server = server;
        this.headers = Map.copyOf(headers);
        this.meetingId = meetingId;
        this.authorization = credentials == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.onEvent = onEvent;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: java examples/ObserverClient.java http://localhost:8080 MEETING_ID [user:password]");
            System.exit(2);
        }
        ObserverClient client = new ObserverClient(URI.create(args[0]), args[1], args.length > 2 ? args[2] : null,
                event -> System.out.println(event.json()));
        client.start();
        System.err.println("Following " + client.topic + " after seq " + client.lastSeq() + "; Ctrl-C to stop");
        Thread.currentThread().join();
    }

    /** Recipe step 1 and 2: take the snapshot, then subscribe; events up to the snapshot's seq are dropped. */
    public void start() {
        String snapshot = get("/api/meetings/" + meetingId + "/live");
        Matcher head = SNAPSHOT_SEQ.matcher(snapshot);
        if (!head.find()) {
            throw new IllegalStateException("Not a snapshot: " + snapshot);
        }
        synchronized (lock) {
            lastSeq = Long.parseLong(head.group(1));
            topic = head.group(2);
        }
        connect();
    }

    public long lastSeq() {
        synchronized (lock) {
            return lastSeq;
        }
    }

    /** Subscribed and caught up: from now on new events arrive live. */
    public boolean isFollowing() {
        return following;
    }

    public int reconnects() {
        return reconnects;
    }

    /** How often it read the log: once for each subscription's receipt, and once for each message missed. */
    public int logReads() {
        return logReads;
    }

    /** The server's ERROR message when it refused us (the client then stops), else null. */
    public String refusal() {
        return refusal;
    }

    /** Cuts the connection the way a network failure would; the client reconnects and catches up. */
    public void dropConnection() {
        connection.abort();
    }

    @Override
    public void close() {
        closed = true;
        StompConnection open = connection;
        if (open != null) {
            open.close();
        }
    }

    private void connect() {
        connection = StompConnection.open(webSocketUri(), authorization, headers, this::onFrame, this::onDropped);
        connection.send("CONNECT", Map.of("accept-version", "1.2", "host", server.getHost(),
                "heart-beat", HEART_BEAT.toMillis() + "," + HEART_BEAT.toMillis()), "");
        // The receipt says the subscription is registered: from then on every new event reaches us live.
        connection.send("SUBSCRIBE", Map.of("id", "0", "destination", topic, "receipt", "subscribed"), "");
    }

    private void onFrame(Frame frame) {
        switch (frame.command()) {
            case "CONNECTED" -> connection.keepAlive(HEART_BEAT, frame.headers().getOrDefault("heart-beat", "0,0"));
            case "RECEIPT" -> { // recipe step 3: what was committed before the subscription, from the log
                catchUp();
                following = true;
            }
            case "MESSAGE" -> receive(Event.parse(frame.body(), true), previousSeq(frame));
            case "ERROR" -> {
                refusal = frame.headers().getOrDefault("message", frame.body());
                closed = true; // a refusal is not cured by reconnecting
            }
            default -> {
            }
        }
    }

    /**
     * The seq of the topic's message before this one: events a topic's audience is not sent leave gaps in seq
     * (docs/api.md). A server that does not say so sends every seq.
     */
    private static long previousSeq(Frame frame) {
        String previous = frame.headers().get("previous-seq");
        return previous == null ? Event.parse(frame.body(), true).seq() - 1 : Long.parseLong(previous);
    }

    private void receive(Event event, long previousSeq) {
        synchronized (lock) {
            if (previousSeq > lastSeq) {
                catchUp(); // a message was missed: the log has everything up to this event
            }
            if (event.seq() > lastSeq) {
                deliver(event);
            } // else: a duplicate of what the snapshot or the log already gave
        }
    }

    /** The log after {@code lastSeq}, as this client may see it: every event it lists is one to apply. */
    private void catchUp() {
        synchronized (lock) {
            logReads++;
            for (String json : topLevelObjects(get("/api/meetings/" + meetingId + "/events?after=" + lastSeq))) {
                Event event = Event.parse(json, false);
                if (event.seq() > lastSeq) {
                    deliver(event);
                }
            }
        }
    }

    private void deliver(Event event) {
        onEvent.accept(event);
        lastSeq = event.seq();
    }

    /** Recipe step 4: reconnect with growing pauses, resubscribe, and catch up from lastSeq on the receipt. */
    private void onDropped() {
        following = false;
        if (closed) {
            return;
        }
        Thread.ofVirtual().name("observer-reconnect").start(() -> {
            for (int attempt = 1; !closed; attempt++) {
                try {
                    Thread.sleep(Math.min(100L << Math.min(attempt, 10), MAX_BACKOFF.toMillis()));
                    connect();
                    reconnects++;
                    return;
                } catch (InterruptedException stop) {
                    return;
                } catch (RuntimeException refusedOrDown) {
                    // the server is down or full: try again
                }
            }
        });
    }

    private URI webSocketUri() {
        return URI.create(server.toString().replaceFirst("^http", "ws").replaceFirst("/$", "") + "/ws");
    }

    private String get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The elements of a JSON array of objects, as text: tracks nesting and strings, nothing more. */
    static List<String> topLevelObjects(String array) {
        List<String> objects = new ArrayList<>();
        int depth = 0;
        int start = -1;
        boolean inString = false;
        for (int i = 0; i < array.length(); i++) {
            char c = array.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' && depth++ == 0) {
                start = i;
            } else if (c == '}' && --depth == 0) {
                objects.add(array.substring(start, i + 1));
            }
        }
        return objects;
    }

    /** A STOMP frame: command, headers (unescaped), body. */
    public record Frame(String command, Map<String, String> headers, String body) {

        public static Frame parse(String text) {
            int headEnd = text.indexOf("\n\n");
            String head = headEnd < 0 ? text : text.substring(0, headEnd);
            String[] lines = head.split("\n"); // one character: no regular expression
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(unescape(lines[i].substring(0, colon)), unescape(lines[i].substring(colon + 1)));
                }
            }
            return new Frame(lines[0].strip(), headers, headEnd < 0 ? "" : text.substring(headEnd + 2));
        }

        /**
         * Hands each whole frame at the start of {@code received} (text up to its NUL) to {@code onFrame} and removes
         * it; heart-beats (bare newlines) are skipped, and a frame not yet whole stays for the next text.
         */
        public static void takeWhole(StringBuilder received, Consumer<Frame> onFrame) {
            for (int end = received.indexOf("\0"); end >= 0; end = received.indexOf("\0")) {
                String frame = received.substring(0, end).stripLeading(); // heart-beats are bare newlines
                received.delete(0, end + 1);
                if (!frame.isEmpty()) {
                    onFrame.accept(parse(frame));
                }
            }
        }

        public String encode() {
            StringBuilder frame = new StringBuilder(command).append('\n');
            headers.forEach((name, value) -> frame.append(escape(name)).append(':').append(escape(value)).append('\n'));
            return frame.append('\n').append(body).append('\0').toString();
        }

        private static String escape(String value) {
            return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace(":", "\\c");
        }

        private static String unescape(String value) {
            return value.replace("\\r", "\r").replace("\\n", "\n").replace("\\c", ":").replace("\\\\", "\\");
        }
    }

    /** One STOMP connection over a JDK WebSocket: writes frames, reads them (also split across messages). */
    public static final class StompConnection implements WebSocket.Listener, AutoCloseable {

        private final Consumer<Frame> onFrame;
        private final Runnable onClosed;
        private final StringBuilder received = new StringBuilder();
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile long lastReceivedNanos = System.nanoTime();
        private WebSocket socket;

        private StompConnection(Consumer<Frame> onFrame, Runnable onClosed) {
            this.onFrame = onFrame;
            this.onClosed = onClosed;
        }

        /**
         * @param authorization an {@code Authorization} header for the handshake, or null
         * @param onClosed      runs once when the connection ends, whoever ended it
         */
        public static StompConnection open(URI uri, String authorization, Consumer<Frame> onFrame, Runnable onClosed) {
            return open(uri, authorization, Map.of(), onFrame, onClosed);
        }

        /** As {@link #open(URI, String, Consumer, Runnable)}, with {@code headers} in the handshake. */
        public static StompConnection open(URI uri, String authorization, Map<String, String> headers,
                Consumer<Frame> onFrame, Runnable onClosed) {
            StompConnection connection = new StompConnection(onFrame, onClosed);
            WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            headers.forEach(builder::header);
            connection.socket = builder.buildAsync(uri, connection).join();
            return connection;
        }

        public void send(String command, Map<String, String> headers, String body) {
            sendRaw(new Frame(command, headers, body).encode());
        }

        /** Any text, frame or not, e.g. to see how the server takes garbage. */
        public void sendRaw(String text) {
            synchronized (this) { // the JDK WebSocket takes one send at a time
                socket.sendText(text, true).join();
            }
        }

        /**
         * STOMP 1.2 heart-beats as negotiated: we offered {@code offered} both ways, the server answered
         * {@code serverHeartBeat} ("sx,sy" from CONNECTED). Sends a bare newline as often as agreed, and aborts
         * (so the client reconnects) when the server has been silent for three of its intervals.
         */
        public void keepAlive(Duration offered, String serverHeartBeat) {
            String[] server = serverHeartBeat.split(",");
            long sendEvery = Long.parseLong(server[1].strip()) == 0 ? 0
                    : Math.max(offered.toMillis(), Long.parseLong(server[1].strip()));
            long expectEvery = Long.parseLong(server[0].strip()) == 0 ? 0
                    : Math.max(offered.toMillis(), Long.parseLong(server[0].strip()));
            if (sendEvery == 0 && expectEvery == 0) {
                return;
            }
            long tick = sendEvery == 0 ? expectEvery : sendEvery;
            Thread.ofVirtual().name("observer-heart-beat").start(() -> {
                while (!ended.get()) {
                    try {
                        Thread.sleep(tick);
                        if (expectEvery > 0 && System.nanoTime() - lastReceivedNanos > 3_000_000L * expectEvery) {
                            abort(); // the server is gone without closing
                        } else if (sendEvery > 0 && !ended.get()) {
                            sendRaw("\n");
                        }
                    } catch (InterruptedException stop) {
                        return;
                    } catch (RuntimeException closedMeanwhile) {
                        abort();
                    }
                }
            });
        }

        public void abort() {
            socket.abort();
            ended();
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(failed -> null);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            lastReceivedNanos = System.nanoTime();
            received.append(data);
            if (last) {
                Frame.takeWhole(received, onFrame);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            ended();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ended();
        }

        private void ended() {
            if (ended.compareAndSet(false, true)) {
                onClosed.run();
            }
        }
    }
}
