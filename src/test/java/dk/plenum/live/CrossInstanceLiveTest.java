package dk.plenum.live;

import static dk.plenum.live.LiveProbe.epochMicros;
import static dk.plenum.live.ReceivedEvents.range;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.PlenumApplication;
import dk.plenum.meeting.MeetingChanges.CurrentItemSet;
import dk.plenum.meeting.MeetingChanges.MeetingStarted;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.support.AppProcess;
import dk.plenum.support.TestMeetings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two instances of the application on one store, each in its own JVM: this test's JVM hosts the
 * embedded store (oplog on) and commits the events; {@link LiveProbe} in a second JVM connects to that
 * store as to an external MongoDB and follows the meeting, so its events can only come through its
 * change stream. Prints the delay from each event's timestamp (taken just before its insert) to the
 * listener, on the other instance (change stream) and on this one (local path). No timing assertions.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CrossInstanceLiveTest {

    private static final int MEASURED_EVENTS = 50;
    private static final Duration BETWEEN_EVENTS = Duration.ofMillis(20);

    @TempDir
    Path directory;

    /**
     * The second application started here installs its own strategy in Spring Security's JVM-wide
     * {@link SecurityContextHolder}. The shared test application's filters keep the strategy they
     * started with, so without this its controllers would see nobody logged in in later tests.
     */
    private final SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void giveTheSharedApplicationItsSecurityContextBack() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @Test
    void eventsCommittedOnOneInstanceReachSubscribersOnAnother() throws Exception {
        int storePort = AppProcess.freePort();
        Path probeLog = directory.resolve("probe.log");
        try (ConfigurableApplicationContext writer = new SpringApplicationBuilder(PlenumApplication.class).run(
                "--server.port=0", "--plenum.store.port=" + storePort, "--plenum.store.oplog=true",
                "--plenum.store.data-dir=" + directory.resolve("store"));
             AppProcess probe = AppProcess.launchMain(LiveProbe.class, probeLog, "--server.port=0",
                     "--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/plenum")) {
            try (OutputStream probeStdin = probe.process().getOutputStream()) {
                probe.awaitLine(LiveProbe.READY::equals);
                MeetingJournal journal = writer.getBean(MeetingJournal.class);
                String meetingId = journal.schedule(TestMeetings.scheduled(), "test").id();
                Map<Long, Timing> here = new ConcurrentHashMap<>();
                try (LiveSubscription local = writer.getBean(LiveMeetings.class).subscribe(meetingId, 0,
                        event -> here.put(event.seq(), new Timing(event.at(), Instant.now())))) {
                    probeStdin.write((meetingId + "\n").getBytes(StandardCharsets.UTF_8));
                    probeStdin.flush();
                    probe.awaitLine(line -> line.startsWith(LiveProbe.EVENT + "1 ")); // from the log

                    journal.append(meetingId, "test", meeting -> new MeetingStarted());
                    for (int i = 1; i < MEASURED_EVENTS; i++) {
                        Thread.sleep(BETWEEN_EVENTS);
                        journal.append(meetingId, "test", meeting -> new CurrentItemSet(TestMeetings.ITEM_ID));
                    }
                    long lastSeq = 1 + MEASURED_EVENTS;
                    probe.awaitLine(line -> line.startsWith(LiveProbe.EVENT + lastSeq + " "));

                    Map<Long, Long> there = receivedByProbe(probeLog);
                    assertThat(there.keySet()).as("seqs on the other instance, in order").containsExactlyElementsOf(
                            range(1, lastSeq));
                    assertThat(here).as("seqs on this instance").containsOnlyKeys(range(1, lastSeq));
                    List<Long> measured = range(2, lastSeq);
                    report("cross-instance (change stream)", measured.stream()
                            .map(seq -> there.get(seq) - epochMicros(here.get(seq).at())).toList());
                    report("local (same instance)", measured.stream()
                            .map(seq -> epochMicros(here.get(seq).received()) - epochMicros(here.get(seq).at())).toList());
                }
            } // closing its stdin stops the other instance
            assertThat(probe.awaitExit()).as("other instance's exit code, see " + probeLog).isZero();
            List<String> probeLines = Files.readAllLines(probeLog);
            assertThat(probeLines.subList(probeLines.indexOf(LiveProbe.READY), probeLines.size()))
                    .as("other instance's log after startup, see " + probeLog)
                    .noneMatch(line -> line.contains("Exception") || line.startsWith("\tat "))
                    .contains(LiveProbe.CLOSED);
        }
    }

    /** Seq to the time (epoch µs) the other instance's listener got it, in the order they arrived. */
    private static Map<Long, Long> receivedByProbe(Path log) throws IOException {
        Map<Long, Long> received = new LinkedHashMap<>();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith(LiveProbe.EVENT)) {
                String[] seqAndMicros = line.substring(LiveProbe.EVENT.length()).split(" ");
                Long before = received.put(Long.parseLong(seqAndMicros[0]), Long.parseLong(seqAndMicros[1]));
                assertThat(before).as("seq %s received twice", seqAndMicros[0]).isNull();
            }
        }
        return received;
    }

    private static void report(String path, List<Long> delaysMicros) {
        List<Long> sorted = new ArrayList<>(delaysMicros);
        sorted.sort(null);
        System.out.printf("Live delay %s over %d events: median %.1f ms, p99 %.1f ms, max %.1f ms%n", path,
                sorted.size(), percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0,
                sorted.getLast() / 1000.0);
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** When one event was stamped, just before its insert, and when the listener on this instance got it. */
    private record Timing(Instant at, Instant received) {
    }
}
