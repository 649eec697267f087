package dk.plenum.bench;

import dk.plenum.support.LoginForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many real Vaadin UIs of the agenda view of one {@link dk.plenum.support.ScriptedMeeting}, each opened
 * as a browser tab opens it but without a browser: its own session (a member logs in with the login
 * form's POST first), the init request, the push WebSocket (Atmosphere framing), and the
 * {@code ui-navigate} event that attaches the view, with the requests Chromium sends for this view
 * ({@link VaadinScenarioIT} compares them). Every server message, XHR answer or push, is applied in {@code syncId}
 * order as Vaadin's client does: late ones wait for the missing one, and a gap that stays open longer than
 * the client's 5 s asks for the whole state ({@code resynchronize}). As in the browser, a web component
 * reports each change of a property the server listens to (the header's language menu's {@code opened-changed}
 * and {@code value-changed}): once when it is created, and whenever the server sets that property. UIs send heartbeats at the
 * server's interval and are closed with an UNLOAD, as a closed tab is.
 *
 * <p>Each UI records when it first saw each of the script's events in the pushed {@code changes}:
 * <ul>
 * <li>item N made current: the class {@code plenum-item-current} added to the card with id
 * {@code item-N} (an id comes with the card, so the client remembers which node is which card);
 * <li>item N decided: the decision text (see {@link #DECISION_TEXT}), in a text node or in the card's markup.
 * </ul>
 * Both are changes the view sends at most once per event (the card's class and the decision's content
 * change only when the item does), so the same mark seen again is a <em>duplicate</em>. The whole state
 * sent after a resynchronisation repeats marks by design; from it only marks not yet seen count.
 * {@link ShownEvents} turns the marks into delays.
 *
 * <p>A scenario may also {@linkplain #watchForText watch for a text} (a vote's result): each UI then notes the
 * first push that shows it, and counts any later push that shows it again as a duplicate.
 */
final class VaadinCrowd implements AutoCloseable {

    /** UIs opened at once; each opening renders the whole view on the server. */
    private static final int CONCURRENT_OPENINGS = 8;
    /** Tabs closing at once (UNLOAD, Atmosphere close), so closing the crowd is not a load spike of its own. */
    private static final int CONCURRENT_UNLOADS = 8;
    /** As Vaadin's client: a gap in the syncIds gets this long to fill before the whole state is asked for. */
    private static final Duration GAP_PATIENCE = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * ScriptedMeeting's decision texts: "Godkendt punkt N" on an open item; on a closed one the public text
     * "Behandlet for lukkede døre (punkt N)", which the member view shows inside "Offentliggøres som: …".
     */
    private static final Pattern DECISION_TEXT = Pattern.compile("Godkendt punkt (\\d+)|.*\\(punkt (\\d+)\\)");
    private static final String CURRENT_CLASS = "plenum-item-current";
    /** What Vaadin's client adds to the push channel's address when it connects. */
    private static final String PUSH_CONNECT_PARAMETERS = "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
            + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
            + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0";
    /** A DOM event a web component fires when a property changes, e.g. "opened-changed". */
    private static final String CHANGE_EVENT_SUFFIX = "-changed";
    /** ItemCard's id; ScriptedMeeting numbers item k as k + 1. */
    private static final String CARD_ID_PREFIX = "item-";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final String origin;
    private final LoginForm loginForm;
    private final int items;
    private final List<Ui> uis = new ArrayList<>();
    /** What {@link #watchForText} looks for in pushed texts; null while nothing is watched. */
    private volatile Pattern watchedText;

    /** Who a UI logs in as before it opens the view: one session per UI, as one tablet each. */
    record Login(String username, String password) {

        /** A demo account: every one has the password "demo" (README). */
        static Login demo(String username) {
            return new Login(username, "demo");
        }
    }

    private VaadinCrowd(int port, int items) {
        this.origin = "http://localhost:" + port;
        this.loginForm = new LoginForm(port);
        this.items = items;
    }

    /**
     * Opens {@code size} UIs of {@code route} (e.g. {@code meetings/<id>}), each in a session of its own, as
     * {@code user} (password "demo") or the public ({@code null}), and returns once every view is attached.
     */
    static VaadinCrowd open(int port, String route, String user, int size, int items) throws Exception {
        Login login = user == null ? null : Login.demo(user);
        return open(port, route, ui -> login, size, items);
    }

    /** As {@link #open(int, String, String, int, int)}, UI number {@code i} (from 0) logged in as {@code loginOf(i)}. */
    static VaadinCrowd open(int port, String route, IntFunction<Login> loginOf, int size, int items)
            throws Exception {
        VaadinCrowd crowd = new VaadinCrowd(port, items);
        AtomicInteger next = new AtomicInteger();
        crowd.uis.addAll(Crowds.open(size, CONCURRENT_OPENINGS,
                () -> crowd.new Ui().opened(route, loginOf.apply(next.getAndIncrement()))));
        return crowd;
    }

    int size() {
        return uis.size();
    }

    /** Waits until every UI shows the decision on {@code item}, or the timeout; stragglers then count as missing. */
    void awaitDecision(int item, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Ui ui : uis) {
            while (ui.seenAtNanos(item, true) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
    }

    /** From now on every UI notes the first push with a text node in which {@code text} is found. */
    void watchForText(Pattern text) {
        watchedText = text;
    }

    /** Waits until every UI has shown the watched text, or the timeout; stragglers then count as missing. */
    void awaitWatchedText(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Ui ui : uis) {
            while (ui.watchedTextSeenAtNanos() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
    }

    /** Per UI that showed the watched text: ms from {@code fromNanos} (this JVM's {@code nanoTime}) to the push. */
    double[] watchedTextDelaysMillis(long fromNanos) {
        return uis.stream().mapToLong(Ui::watchedTextSeenAtNanos).filter(seen -> seen != 0)
                .mapToDouble(seen -> (seen - fromNanos) / 1e6).toArray();
    }

    /** UIs that never showed the watched text. */
    long watchedTextMissing() {
        return uis.stream().filter(ui -> ui.watchedTextSeenAtNanos() == 0).count();
    }

    /** Later pushes that showed the watched text again, summed over all UIs. */
    long watchedTextDuplicates() {
        return uis.stream().mapToLong(Ui::watchedTextRepeats).sum();
    }

    /** What the UIs showed of the meeting script's events (see {@link ShownEvents}), summed over all UIs. */
    ShownEvents shown(List<PacedEvents.Answered> events) {
        return ShownEvents.sum(uis.stream().map(ui -> ShownEvents.of(events, event -> {
            long seen = ui.seenAtNanos(MeetingScriptEvents.item(event.index()),
                    MeetingScriptEvents.isDecision(event.index()));
            return seen == 0 ? Double.NaN : seen / 1e6;
        }, event -> event.atNanos() / 1e6)));
    }

    /** Marks seen again after their first time (see the class comment), summed over all UIs. */
    long duplicates() {
        return uis.stream().mapToLong(Ui::duplicates).sum();
    }

    /** Property changes the UIs reported since their views opened (see {@link Ui#report}), summed over all UIs. */
    long changesReportedSinceOpened() {
        return uis.stream().mapToLong(Ui::changesReportedSinceOpened).sum();
    }

    /** How often a UI had to ask for the whole state because a syncId gap did not fill in time. */
    long resynchronisations() {
        return uis.stream().mapToLong(Ui::resynchronisations).sum();
    }

    /** What went wrong in UIs after they opened (server errors, a closed push channel), one line each. */
    List<String> failures() {
        return uis.stream().map(Ui::failure).filter(Objects::nonNull).toList();
    }

    @Override
    public void close() {
        Semaphore unloads = new Semaphore(CONCURRENT_UNLOADS);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Ui ui : uis) {
                threads.submit(() -> {
                    unloads.acquire();
                    try {
                        ui.close();
                    } finally {
                        unloads.release();
                    }
                    return null;
                });
            }
        }
        timers.shutdownNow();
        http.close();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery, String sessionCookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + pathAndQuery))
                .timeout(REQUEST_TIMEOUT).header("Accept-Language", "da-DK,da;q=0.9");
        return sessionCookie == null ? request : request.header("Cookie", sessionCookie);
    }

    /** One browser tab: one session, one UI, one push channel. */
    private final class Ui implements WebSocket.Listener {

        /** Per item: when this UI first saw it made current, and decided; 0 while not seen. */
        private final long[] currentAtNanos = new long[items];
        private final long[] decidedAtNanos = new long[items];
        /** When this UI first showed the watched text (0 while not), and how many later pushes showed it again. */
        private long watchedTextAtNanos;
        private long watchedTextRepeats;
        /** State-tree node of each agenda card, to the item it shows. */
        private final Map<Integer, Integer> itemByCardNode = new HashMap<>();
        /** The server's listeners for property changes, as "node/property-changed". */
        private final Set<String> changeListeners = new HashSet<>();
        /** Messages that came before one still missing, by syncId. */
        private final NavigableMap<Integer, JsonNode> early = new TreeMap<>();
        private final StringBuilder framed = new StringBuilder();
        private final CountDownLatch pushConnected = new CountDownLatch(1);
        /** Vaadin's client sends one UIDL request at a time. */
        private final Object uidlRequests = new Object();
        private String sessionCookie;
        private int uiId;
        private String csrfToken;
        private int lastSyncId = -1;
        private int clientId;
        /** Property changes reported to the server, and how many of them went before the view was open. */
        private int changesReported;
        private int changesReportedWhenOpened;
        private long duplicates;
        private long resynchronisations;
        private volatile String failure;
        private volatile boolean closing;
        private WebSocket push;
        private String pushPath;
        /** Atmosphere's id for the push channel, from its handshake. */
        private volatile String trackingId;
        private ScheduledFuture<?> heartbeats;

        Ui opened(String route, Login login) throws InterruptedException {
            if (login != null) {
                logIn(login);
            }
            HttpResponse<String> init = send(request("/?v-r=init&location=" + URLEncoder.encode(route,
                    StandardCharsets.UTF_8) + "&query=&v-sh=768&v-sw=1024&v-wn=ROOT-" + UUID.randomUUID()
                    + "&v-tzid=Europe%2FCopenhagen", sessionCookie).GET().build());
            if (sessionCookie == null) {
                sessionCookie = sessionCookieOf(init);
            }
            if (init.statusCode() != 200 || !init.body().startsWith("{")) {
                throw new IllegalStateException("The init request of " + route + " was answered " + init.statusCode()
                        + " " + init.headers().firstValue("Location").orElse("") + ": "
                        + init.body().substring(0, Math.min(300, init.body().length())));
            }
            JsonNode config = JSON.readTree(init.body()).get("appConfig");
            uiId = config.get("v-uiId").asInt();
            JsonNode uidl = config.get("uidl");
            csrfToken = uidl.get("Vaadin-Security-Key").stringValue();
            received(uidl, System.nanoTime()); // nothing to echo before the view is there
            pushPath = "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                    + uidl.get("Vaadin-Push-ID").stringValue();
            URI pushChannel = URI.create(origin.replaceFirst("^http", "ws") + pushPath + PUSH_CONNECT_PARAMETERS);
            push = http.newWebSocketBuilder().header("Cookie", sessionCookie).header("Origin", origin)
                    .buildAsync(pushChannel, this).join();
            // Chromium navigates while its push channel connects; waiting for the handshake first keeps that
            // race out of the measurement.
            if (!pushConnected.await(REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("No Atmosphere handshake on the push channel");
            }
            uidl("""
                    [{"type":"event","node":1,"event":"ui-navigate","data":{"route":"/%s","query":"",\
                    "appShellTitle":"","historyState":{"idx":0},"trigger":""}}]""".formatted(route), false);
            if (failure != null) {
                throw new IllegalStateException("Opening " + route + " failed: " + failure);
            }
            long heartbeatSeconds = config.get("heartbeatInterval").asLong();
            heartbeats = timers.scheduleAtFixedRate(this::heartbeat, heartbeatSeconds, heartbeatSeconds,
                    TimeUnit.SECONDS);
            synchronized (this) {
                changesReportedWhenOpened = changesReported;
            }
            return this;
        }

        /**
     * The login form's POST with the login page's CSRF token, as the browser sends it; success is a redirect away
     * from the login page (a refused one, also for a missing token, leads back to it).
     */
        private void logIn(Login user) {
            HttpResponse<String> login = loginForm.logIn(user.username(), user.password());
            String redirect = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || redirect.contains("/login")) {
                throw new IllegalStateException("Login of " + user.username() + " refused: " + login.statusCode()
                        + " " + redirect);
            }
            sessionCookie = sessionCookieOf(login);
        }

        private static String sessionCookieOf(HttpResponse<?> response) {
            return response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("JSESSIONID=")).map(cookie -> cookie.split(";", 2)[0])
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No session cookie from " + response.uri()));
        }

        /**
         * A UIDL request with {@code rpc} and where this UI is in the message order; its answer is applied, and
         * the property changes it causes are reported in the next request, as the browser's client does.
         */
        private void uidl(String rpc, boolean resynchronize) {
            synchronized (uidlRequests) {
                String body;
                synchronized (this) {
                    body = "{\"csrfToken\":\"%s\",\"rpc\":%s,\"syncId\":%d,\"clientId\":%d%s}".formatted(csrfToken,
                            rpc, lastSyncId, clientId, resynchronize ? ",\"resynchronize\":true" : "");
                }
                JsonNode answer = post(body);
                if (answer != null) {
                    List<String> echoes = resynchronize ? resynchronised(answer, System.nanoTime())
                            : received(answer, System.nanoTime());
                    if (!echoes.isEmpty() && !closing) {
                        report(echoes);
                    }
                }
            }
        }

        /** Reports property changes (e.g. "12/opened-changed") in one UIDL request, as the browser's client does. */
        private void report(List<String> changeEvents) {
            synchronized (this) {
                changesReported += changeEvents.size();
            }
            uidl(rpcOf(changeEvents), false);
        }

        /** The UIDL answer, or null when there is none (an error is noted as the UI's failure). */
        private JsonNode post(String body) {
            HttpResponse<String> answer = send(request("/?v-r=uidl&v-uiId=" + uiId, sessionCookie)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (answer.statusCode() != 200) {
                failure = "UIDL request answered " + answer.statusCode();
                return null;
            }
            return answer.body().isBlank() ? null : JSON.readTree(answer.body());
        }

        private static String rpcOf(List<String> changeEvents) {
            return changeEvents.stream().map(event -> {
                String[] nodeAndEvent = event.split("/", 2);
                return "{\"type\":\"event\",\"node\":%s,\"event\":\"%s\",\"data\":{}}".formatted(nodeAndEvent[0],
                        nodeAndEvent[1]);
            }).collect(Collectors.joining(",", "[", "]"));
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        /** Atmosphere frames each message as {@code <length in UTF-16 units>|<payload>}; a message may span frames. */
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long atNanos = System.nanoTime();
            framed.append(data);
            for (int bar = framed.indexOf("|"); bar >= 0; bar = framed.indexOf("|")) {
                int length = Integer.parseInt(framed, 0, bar, 10);
                if (framed.length() < bar + 1 + length) {
                    break;
                }
                String payload = framed.substring(bar + 1, bar + 1 + length);
                framed.delete(0, bar + 1 + length);
                if (payload.startsWith("{")) {
                    List<String> echoes = received(JSON.readTree(payload), atNanos);
                    if (!echoes.isEmpty() && !closing) {
                        echoOffTheSocket(echoes);
                    }
                } else if (!payload.equals("X")) { // "X" is Atmosphere's heartbeat; else its handshake "<id>|0|X|"
                    trackingId = payload.substring(0, payload.indexOf('|'));
                    pushConnected.countDown();
                }
            }
            webSocket.request(1);
            return null;
        }

        /** Reports property changes a push caused; not on the socket's thread, which would stall the pushes. */
        private void echoOffTheSocket(List<String> echoes) {
            Thread.ofVirtual().start(() -> {
                try {
                    report(echoes);
                } catch (UncheckedIOException failed) {
                    if (!closing) {
                        failure = "UIDL request failed: " + failed;
                    }
                }
            });
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closing) {
                failure = "push channel closed by the server: " + statusCode + " " + reason;
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!closing) {
                failure = "push channel failed: " + error;
            }
        }

        /**
         * A server message, applied now if it is the next one, kept if one before it is still missing.
         * Returns the property-change events the applied messages cause in the browser.
         */
        private synchronized List<String> received(JsonNode message, long atNanos) {
            JsonNode meta = message.path("meta");
            if (meta.has("appError") || meta.has("sessionExpired")) {
                failure = "server error: " + meta;
                return List.of();
            }
            int syncId = message.path("syncId").asInt(-1);
            if (syncId <= lastSyncId) {
                return List.of(); // already applied; Vaadin's client skips it too
            }
            if (syncId > lastSyncId + 1) {
                if (early.isEmpty()) {
                    int waitingFor = lastSyncId + 1;
                    timers.schedule(() -> resynchronizeIfStillMissing(waitingFor), GAP_PATIENCE.toMillis(),
                            TimeUnit.MILLISECONDS);
                }
                early.put(syncId, message);
                return List.of();
            }
            Set<String> echoes = new LinkedHashSet<>();
            apply(message, atNanos, false, echoes);
            while (!early.isEmpty() && early.firstKey() == lastSyncId + 1) {
                apply(early.pollFirstEntry().getValue(), System.nanoTime(), false, echoes);
            }
            return List.copyOf(echoes);
        }

        private void resynchronizeIfStillMissing(int syncId) {
            boolean stillMissing;
            synchronized (this) {
                stillMissing = lastSyncId < syncId && !early.isEmpty();
            }
            if (stillMissing && !closing) {
                uidl("[]", true);
            }
        }

        /** The whole state, after a gap that did not fill: replaces whatever was waiting. */
        private synchronized List<String> resynchronised(JsonNode message, long atNanos) {
            resynchronisations++;
            early.clear();
            Set<String> echoes = new LinkedHashSet<>();
            apply(message, atNanos, true, echoes);
            return List.copyOf(echoes);
        }

        /**
         * The texts a change shows: a text node's, or those of the elements in a part the view sends as markup
         * ({@code innerHTML}: an opened card's decision, a vote's result), as the browser would show them.
         */
        private static List<String> texts(String key, String value) {
            return switch (key) {
                case "text" -> List.of(value);
                case "innerHTML" -> Jsoup.parseBodyFragment(value).body().select("*").stream()
                        .map(org.jsoup.nodes.Element::ownText).filter(text -> !text.isEmpty()).toList();
                default -> List.of();
            };
        }

        /** Applies one message: notes the marks it shows, and adds the property-change events it causes. */
        private void apply(JsonNode message, long atNanos, boolean wholeState, Set<String> echoes) {
            lastSyncId = message.path("syncId").asInt(lastSyncId);
            clientId = message.path("clientId").asInt(clientId);
            Pattern watched = watchedText;
            boolean showsWatchedText = false;
            // First the cards' ids: a card made in this message (an item opened as the current one) gets its id and
            // its current class in the same message, in no set order.
            for (JsonNode change : message.path("changes")) {
                String value = change.path("value").isString() ? change.path("value").stringValue() : "";
                if (change.path("key").asString("").equals("id") && value.startsWith(CARD_ID_PREFIX)) {
                    itemByCardNode.put(change.path("node").asInt(),
                            Integer.parseInt(value.substring(CARD_ID_PREFIX.length())) - 1);
                }
            }
            for (JsonNode change : message.path("changes")) {
                int node = change.path("node").asInt();
                String key = change.path("key").asString("");
                if (key.endsWith(CHANGE_EVENT_SUFFIX)) {
                    // A new listener: the web component reports the property once as it is created.
                    changeListeners.add(node + "/" + key);
                    echoes.add(node + "/" + key);
                } else if (changeListeners.contains(node + "/" + key + CHANGE_EVENT_SUFFIX)) {
                    echoes.add(node + "/" + key + CHANGE_EVENT_SUFFIX);
                }
                String value = change.path("value").isString() ? change.path("value").stringValue() : "";
                for (String text : texts(key, value)) {
                    showsWatchedText |= watched != null && watched.matcher(text).find();
                    Matcher decision = DECISION_TEXT.matcher(text);
                    if (decision.matches()) {
                        String item = decision.group(1) != null ? decision.group(1) : decision.group(2);
                        seen(decidedAtNanos, Integer.parseInt(item), atNanos, wholeState);
                    }
                }
                for (JsonNode added : change.path("add")) {
                    if (CURRENT_CLASS.equals(added.asString("")) && itemByCardNode.containsKey(node)) {
                        seen(currentAtNanos, itemByCardNode.get(node), atNanos, wholeState);
                    }
                }
            }
            if (showsWatchedText) {
                if (watchedTextAtNanos == 0) {
                    watchedTextAtNanos = atNanos;
                } else if (!wholeState) {
                    watchedTextRepeats++;
                }
            }
        }

        private void seen(long[] seenAtNanos, int item, long atNanos, boolean wholeState) {
            if (item < 0 || item >= items) {
                return; // round the table, not part of the script
            }
            if (seenAtNanos[item] == 0) {
                seenAtNanos[item] = atNanos;
            } else if (!wholeState) {
                duplicates++;
            }
        }

        private void heartbeat() {
            http.sendAsync(request("/?v-r=heartbeat&v-uiId=" + uiId, sessionCookie)
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((answer, error) -> {
                        if (error != null || answer.statusCode() != 200) {
                            failure = "heartbeat refused: " + (error != null ? error : answer.statusCode());
                        }
                    });
        }

        synchronized long seenAtNanos(int item, boolean decision) {
            return decision ? decidedAtNanos[item] : currentAtNanos[item];
        }

        synchronized long watchedTextSeenAtNanos() {
            return watchedTextAtNanos;
        }

        synchronized long watchedTextRepeats() {
            return watchedTextRepeats;
        }

        /** Property changes reported since the view opened: those the meeting's events caused. */
        synchronized int changesReportedSinceOpened() {
            return changesReported - changesReportedWhenOpened;
        }

        private synchronized int lastSeenSyncId() {
            return lastSyncId;
        }

        synchronized long duplicates() {
            return duplicates;
        }

        synchronized long resynchronisations() {
            return resynchronisations;
        }

        String failure() {
            return failure;
        }

        /** As a closed tab: UNLOAD, so the server drops the UI now rather than after three missed heartbeats. */
        void close() {
            closing = true;
            heartbeats.cancel(false);
            try {
                post("{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[],\"UNLOAD\":true}"); // as the browser's beacon
                // Atmosphere's goodbye, as Chromium's: the server ends the push resource before the socket goes.
                send(request(pushPath + "&X-Atmosphere-Transport=close&X-Atmosphere-tracking-id=" + trackingId
                        + "&X-Vaadin-LastSeenServerSyncId=" + lastSeenSyncId(), sessionCookie)
                        .POST(HttpRequest.BodyPublishers.noBody()).build());
            } finally {
                push.sendClose(WebSocket.NORMAL_CLOSURE, "").whenComplete((closed, error) -> push.abort());
            }
        }
    }
}
