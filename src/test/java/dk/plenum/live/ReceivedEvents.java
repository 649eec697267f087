package dk.plenum.live;

import static org.awaitility.Awaitility.await;

import dk.plenum.meeting.MeetingEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.LongStream;

/** A listener that remembers the seqs it was given, in the order it was given them. */
class ReceivedEvents implements Consumer<MeetingEvent> {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final List<Long> seqs = new CopyOnWriteArrayList<>();

    @Override
    public void accept(MeetingEvent event) {
        seqs.add(event.seq());
    }

    /** The seqs received once {@code seq} has arrived; fails after a generous wait. */
    List<Long> until(long seq) {
        await("seq " + seq).atMost(PATIENCE).pollInterval(Duration.ofMillis(5)).until(() -> seqs.contains(seq));
        return List.copyOf(seqs);
    }

    List<Long> seqs() {
        return List.copyOf(seqs);
    }

    static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }
}
