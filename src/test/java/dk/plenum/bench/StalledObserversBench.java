package dk.plenum.bench;

import dk.plenum.observer.ObserverTopics;
import dk.plenum.support.Api;
import dk.plenum.support.RawStompSocket;
import dk.plenum.support.ScriptedMeeting;
import examples.ObserverClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Issue 10's stalled-observer attack against a running server: {@code STALLED} observers subscribe over raw
 * sockets with a 4 KiB receive buffer and never read again, while the secretariat records large decisions at
 * a steady pace. One prompt observer (the example client) beside them measures how long each decision takes
 * to reach it after the command was answered. Prints one Markdown table row. bench/stalled-observers.sh runs it.
 *
 * <pre>StalledObserversBench PORT STALLED SUBSCRIPTIONS_EACH DECISIONS DECISIONS_PER_SECOND</pre>
 */
public final class StalledObserversBench {

    private static final int CONCURRENT_HANDSHAKES = 64;
    /** Near the API's longest decision text: each event is about 9 KB. */
    private static final String LARGE_TEXT = "Stor beslutning ".repeat(560);

    private StalledObserversBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int stalledCount = Integer.parseInt(args[1]);
        int subscriptionsEach = Integer.parseInt(args[2]);
        int decisions = Integer.parseInt(args[3]);
        String pace = args[4];
        long pauseMillis = 1000 / Integer.parseInt(pace);

        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 3);
        long started = meeting.start();
        Map<Long, Long> receivedAtNanos = new ConcurrentHashMap<>();
        try (ObserverClient prompt = new ObserverClient(URI.create("http://localhost:" + port), meeting.id(), null,
                event -> receivedAtNanos.put(event.seq(), System.nanoTime()))) {
            prompt.start();
            await(prompt::isFollowing, Duration.ofSeconds(30));
            List<RawStompSocket> stalled = Crowds.open(stalledCount, CONCURRENT_HANDSHAKES,
                    () -> RawStompSocket.subscribed(port, ObserverTopics.publicOf(meeting.id()), subscriptionsEach, 4096));

            Map<Long, Long> answeredAtNanos = new ConcurrentHashMap<>();
            long last = started;
            for (int n = 0; n < decisions; n++) {
                long sent = System.nanoTime();
                last = meeting.decide(n % 2, LARGE_TEXT + n);
                answeredAtNanos.put(last, System.nanoTime());
                Thread.sleep(Math.max(0, pauseMillis - (System.nanoTime() - sent) / 1_000_000));
            }
            long lastSeq = last;
            await(() -> prompt.lastSeq() >= lastSeq, Duration.ofSeconds(120));

            double[] delays = answeredAtNanos.entrySet().stream()
                    .filter(answered -> receivedAtNanos.containsKey(answered.getKey()))
                    .mapToDouble(answered -> (receivedAtNanos.get(answered.getKey()) - answered.getValue()) / 1e6)
                    .toArray();
            long firstAnswer = answeredAtNanos.values().stream().min(Long::compare).orElse(0L);
            answeredAtNanos.entrySet().stream().filter(answered -> receivedAtNanos.containsKey(answered.getKey()))
                    .sorted((a, b) -> Long.compare(receivedAtNanos.get(b.getKey()) - b.getValue(),
                            receivedAtNanos.get(a.getKey()) - a.getValue()))
                    .limit(5).forEach(answered -> System.err.printf("seq %d answered at %.1f s, late %.0f ms%n",
                            answered.getKey(), (answered.getValue() - firstAnswer) / 1e9,
                            (receivedAtNanos.get(answered.getKey()) - answered.getValue()) / 1e6));
            long closed = closedByServer(stalled);
            stalled.forEach(RawStompSocket::close);
            System.out.println("| Stalled observers × subscriptions | Decisions (about 9 KB each), pace "
                    + "| Prompt observer: received | Delay after the answer, median / p99 / max "
                    + "| Stalled ones closed by the server | Load (1 min) |");
            System.out.println("|---|---|---|---|---|---|");
            System.out.printf("| %d × %d | %d at %s/s | %d of %d, gap-free: %s | %s | %d of %d | %s |%n",
                    stalledCount, subscriptionsEach, decisions, pace, delays.length, decisions,
                    prompt.lastSeq() == lastSeq, Percentiles.of(delays), closed, stalledCount, Bench.loadAverage());
        }
    }

    /** How many of the stalled sockets the server closed; each is drained first, at most 30 s of silence. */
    private static long closedByServer(List<RawStompSocket> stalled) throws Exception {
        try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> closed = stalled.stream()
                    .map(socket -> readers.submit(() -> socket.closedByServer(Duration.ofSeconds(30)))).toList();
            long count = 0;
            for (Future<Boolean> socket : closed) {
                count += socket.get() ? 1 : 0;
            }
            return count;
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Waited " + timeout + " in vain");
            }
            Thread.sleep(10);
        }
    }
}
