package dk.plenum.bench;

import examples.ObserverClient.Event;
import examples.ObserverClient.Frame;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many anonymous observers on one topic, each a bare STOMP connection that records when each event
 * arrived. Unlike {@link examples.ObserverClient} they never catch up from the log nor drop duplicates:
 * the benchmark must see what the live stream itself lost or repeated. How each one joins is a {@link Joining}:
 * a bare observer only subscribes, a {@link PublicPageViewer} also does the public page's HTTP around it.
 */
final class ObserverCrowd implements AutoCloseable {

    /** Handshakes in flight at once; more only queues in Tomcat's acceptor. */
    private static final int CONCURRENT_HANDSHAKES = 64;
    private static final Duration SUBSCRIBE_TIMEOUT = Duration.ofSeconds(60);

    private final List<Observer> observers;
    private final long afterSeq;
    private final LeanStompSockets sockets;

    private ObserverCrowd(List<Observer> observers, long afterSeq, LeanStompSockets sockets) {
        this.observers = observers;
        this.afterSeq = afterSeq;
        this.sockets = sockets;
    }

    /** How a client joins the crowd: what it does around its subscription, and whether it keeps heart-beats. */
    interface Joining {

        /** A bare STOMP observer: CONNECT without heart-beats, SUBSCRIBE, the receipt; nothing else. */
        Joining BARE = new Joining() {
            @Override
            public void around(Callable<?> subscribe) throws Exception {
                subscribe.call();
            }

            @Override
            public Duration heartBeat() {
                return null;
            }
        };

        /** Calls {@code subscribe} (connect, subscribe, wait for the receipt) with what the client does around it. */
        void around(Callable<?> subscribe) throws Exception;

        /** The heart-beat the CONNECT offers both ways, kept as the server answers; null: none. */
        Duration heartBeat();
    }

    /** Opens {@code size} bare observers of {@code topic} and returns once every subscription is confirmed. */
    static ObserverCrowd subscribe(URI webSocket, String topic, int size, long afterSeq, int expectedEvents)
            throws Exception {
        return subscribe(webSocket, Map.of(), topic, size, afterSeq, expectedEvents);
    }

    /** As {@link #subscribe(URI, String, int, long, int)}, with {@code headers} in each handshake, e.g. a cookie. */
    static ObserverCrowd subscribe(URI webSocket, Map<String, String> headers, String topic, int size, long afterSeq,
            int expectedEvents) throws Exception {
        return subscribe(webSocket, headers, Joining.BARE, topic, size, afterSeq, expectedEvents);
    }

    /** Opens {@code size} clients that each join {@code topic} as {@code joining} says. */
    static ObserverCrowd subscribe(URI webSocket, Joining joining, String topic, int size, long afterSeq,
            int expectedEvents) throws Exception {
        return subscribe(webSocket, Map.of(), joining, topic, size, afterSeq, expectedEvents);
    }

    private static ObserverCrowd subscribe(URI webSocket, Map<String, String> headers, Joining joining, String topic,
            int size, long afterSeq, int expectedEvents) throws Exception {
        LeanStompSockets sockets = new LeanStompSockets();
        List<Observer> observers = Crowds.open(size, CONCURRENT_HANDSHAKES, () -> {
            Observer observer = new Observer(afterSeq, expectedEvents, joining.heartBeat());
            joining.around(() -> observer.subscribe(sockets, webSocket, headers, topic));
            return observer;
        });
        return new ObserverCrowd(observers, afterSeq, sockets);
    }

    int size() {
        return observers.size();
    }

    /** Waits until every observer has {@code lastSeq}, or the timeout; stragglers then count as missing. */
    void awaitEvent(long lastSeq, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Observer observer : observers) {
            while (observer.receivedAtNanos(lastSeq) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
    }

    /**
     * Events of (afterSeq, lastSeq] the topic sent but an observer did not receive, summed over all observers. What
     * the topic sent: every seq some observer received or some message named as the one before it
     * ({@code previous-seq}): the public topic skips the seqs of events its audience is not sent.
     */
    long missing(long lastSeq) {
        Set<Long> sent = sent(lastSeq);
        long missing = 0;
        for (Observer observer : observers) {
            missing += sent.stream().filter(seq -> observer.receivedAtNanos(seq) == 0).count();
        }
        return missing;
    }

    /** How many events of (afterSeq, lastSeq] the topic sent each observer. */
    int sentEvents(long lastSeq) {
        return sent(lastSeq).size();
    }

    private Set<Long> sent(long lastSeq) {
        Set<Long> sent = new HashSet<>();
        sent.add(lastSeq);
        for (Observer observer : observers) {
            observer.sentSeqs(sent);
        }
        sent.removeIf(seq -> seq <= afterSeq || seq > lastSeq);
        return sent;
    }

    /** Events received more than once, or outside the expected range, summed over all observers. */
    long duplicates() {
        return observers.stream().mapToLong(observer -> observer.surplus.get()).sum();
    }

    /** For every observer and every answered command: ms from the command's HTTP answer to receipt. */
    double[] delaysMillis(Map<Long, Long> answeredAtNanosBySeq) {
        double[] delays = new double[observers.size() * answeredAtNanosBySeq.size()];
        int next = 0;
        for (Observer observer : observers) {
            for (Map.Entry<Long, Long> answered : answeredAtNanosBySeq.entrySet()) {
                long received = observer.receivedAtNanos(answered.getKey());
                if (received != 0) {
                    delays[next++] = (received - answered.getValue()) / 1e6;
                }
            }
        }
        return Arrays.copyOf(delays, next);
    }

    @Override
    public void close() {
        observers.forEach(observer -> observer.connection.close());
        sockets.close();
    }

    private static final class Observer {

        private final long afterSeq;
        /** Receipt time per seq after {@code afterSeq}; 0 while not received. */
        private final long[] receivedAtNanos;
        /** Per seq after {@code afterSeq}, its message's {@code previous-seq}. */
        private final long[] previousSeqs;
        private final AtomicLong surplus = new AtomicLong();
        private final CountDownLatch answered = new CountDownLatch(1);
        /** Offered in the CONNECT; null: none. */
        private final Duration heartBeat;
        private volatile String refusal;
        private LeanStompSockets.Connection connection;

        private Observer(long afterSeq, int expectedEvents, Duration heartBeat) {
            this.afterSeq = afterSeq;
            this.receivedAtNanos = new long[expectedEvents];
            this.previousSeqs = new long[expectedEvents];
            this.heartBeat = heartBeat;
        }

        /** Connects, subscribes to {@code topic} and returns once the receipt came. */
        Void subscribe(LeanStompSockets sockets, URI webSocket, Map<String, String> headers, String topic)
                throws InterruptedException, IOException {
            connection = sockets.open(webSocket, headers, this::onFrame);
            Map<String, String> connect = new LinkedHashMap<>(Map.of("accept-version", "1.2", "host",
                    webSocket.getHost()));
            if (heartBeat != null) {
                connect.put("heart-beat", heartBeat.toMillis() + "," + heartBeat.toMillis());
            }
            connection.send("CONNECT", connect, "");
            connection.send("SUBSCRIBE", Map.of("id", "0", "destination", topic, "receipt", "subscribed"), "");
            if (!answered.await(SUBSCRIBE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("No receipt for the subscription to " + topic);
            }
            if (refusal != null) {
                throw new IllegalStateException("Refused: " + refusal);
            }
            return null;
        }

        private void onFrame(Frame frame) {
            switch (frame.command()) {
                case "CONNECTED" -> {
                    if (heartBeat != null) {
                        connection.keepAlive(heartBeat, frame.headers().getOrDefault("heart-beat", "0,0"));
                    }
                }
                case "RECEIPT" -> answered.countDown();
                case "MESSAGE" -> {
                    long seq = Event.parse(frame.body(), true).seq();
                    String previous = frame.headers().get("previous-seq");
                    received(seq, previous == null ? seq - 1 : Long.parseLong(previous), System.nanoTime());
                }
                case "ERROR" -> {
                    refusal = frame.headers().getOrDefault("message", frame.body());
                    answered.countDown();
                }
                default -> {
                }
            }
        }

        private synchronized void received(long seq, long previousSeq, long atNanos) {
            int slot = (int) (seq - afterSeq - 1);
            if (slot < 0 || slot >= receivedAtNanos.length || receivedAtNanos[slot] != 0) {
                surplus.incrementAndGet();
            } else {
                receivedAtNanos[slot] = atNanos;
                previousSeqs[slot] = previousSeq;
            }
        }

        /** Adds the seqs this observer knows the topic sent: those it received and those their messages follow. */
        synchronized void sentSeqs(Set<Long> sent) {
            for (int slot = 0; slot < receivedAtNanos.length; slot++) {
                if (receivedAtNanos[slot] != 0) {
                    sent.add(afterSeq + 1 + slot);
                    sent.add(previousSeqs[slot]);
                }
            }
        }

        synchronized long receivedAtNanos(long seq) {
            int slot = (int) (seq - afterSeq - 1);
            return slot >= 0 && slot < receivedAtNanos.length ? receivedAtNanos[slot] : 0;
        }
    }
}
