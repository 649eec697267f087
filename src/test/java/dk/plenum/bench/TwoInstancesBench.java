package dk.plenum.bench;

import dk.plenum.support.Api;
import dk.plenum.support.ScriptedMeeting;
import dk.plenum.support.TwoInstances;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issue 14's row "two instances through nginx": the deployment of {@code TwoInstancesBehindNginxIT}
 * ({@link TwoInstances}: one store, instances a and b, nginx with the shipped configuration), {@code OBSERVERS}
 * anonymous STOMP observers kept on each instance through nginx, and the secretariat recording {@code DECISIONS}
 * decisions on a at {@code DECISIONS_PER_SECOND}. Measures from sending each decision to its arrival at every
 * observer, on b (through a's store and b's change stream) and on a. Prints one Markdown table row (with
 * {@code header}, the header first). bench/two-instances.sh runs it.
 *
 * <pre>TwoInstancesBench OBSERVERS DECISIONS DECISIONS_PER_SECOND [header]</pre>
 */
public final class TwoInstancesBench {

    static final String HEADER = """
            | Observers per instance | Decisions (made per s) | Lost | Duplicated \
            | Sent → observer on b, median / p99 / max | Sent → observer on a | Load (1 min) |
            |---|---|---|---|---|---|---|""";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The scripted meeting's open items (every third is closed): each decision amends one of them. */
    private static final int[] OPEN_ITEMS = {0, 1, 3};

    private TwoInstancesBench() {
    }

    public static void main(String[] args) throws Exception {
        int observers = Integer.parseInt(args[0]);
        int decisions = Integer.parseInt(args[1]);
        int perSecond = Integer.parseInt(args[2]);
        if (args.length > 3 && args[3].equals("header")) {
            System.out.println(HEADER);
        }
        Path run = Path.of("target", "bench-two-instances", "run-" + Instant.now().toEpochMilli());
        TwoInstances deployment = TwoInstances.start(run);
        // Also when bench/two-instances.sh's timeout stops this JVM: never leave the instances or nginx running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                deployment.close();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        System.out.println(measure(deployment, observers, decisions, perSecond));
        System.exit(0); // the hook closes the deployment; the observers' client threads would keep the JVM up
    }

    private static String measure(TwoInstances deployment, int observers, int decisions, int perSecond)
            throws Exception {
        Api onA = deployment.apiOn("a");
        ScriptedMeeting meeting = ScriptedMeeting.importInto(onA, "Erhvervsrådet", 4);
        long startSeq = meeting.start();
        String topic = "/topic/meetings/" + meeting.id();
        URI webSocket = URI.create("ws://localhost:" + deployment.nginx().port() + "/ws");
        Map<Long, Long> sentAtNanosBySeq = new ConcurrentHashMap<>();
        try (ObserverCrowd onB = ObserverCrowd.subscribe(webSocket, TwoInstances.pinnedTo("b"), topic, observers,
                     startSeq, decisions);
             ObserverCrowd onInstanceA = ObserverCrowd.subscribe(webSocket, TwoInstances.pinnedTo("a"), topic,
                     observers, startSeq, decisions)) {
            EventSource decisionsOnA = new EventSource() {
                @Override
                public String topic() {
                    return topic;
                }

                @Override
                public long seqBefore() {
                    return startSeq;
                }

                @Override
                public long emit(int index) {
                    long sent = System.nanoTime();
                    long seq = meeting.decide(OPEN_ITEMS[index % OPEN_ITEMS.length], "Beslutning " + index);
                    sentAtNanosBySeq.put(seq, sent);
                    return seq;
                }
            };
            double made = PacedEvents.eventsPerSecondMade(PacedEvents.emit(decisionsOnA, decisions, perSecond));
            long lastSeq = startSeq + decisions;
            onB.awaitEvent(lastSeq, PATIENCE);
            onInstanceA.awaitEvent(lastSeq, PATIENCE);
            return "| %,d | %d (%.1f) | %d | %d | %s | %s | %s |".formatted(observers, decisions, made,
                    onB.missing(lastSeq) + onInstanceA.missing(lastSeq), onB.duplicates() + onInstanceA.duplicates(),
                    Percentiles.of(onB.delaysMillis(sentAtNanosBySeq)), // from the times given: each one's sending
                    Percentiles.of(onInstanceA.delaysMillis(sentAtNanosBySeq)), Bench.loadAverage());
        }
    }
}
