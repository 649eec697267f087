package dk.plenum.live;

import static dk.plenum.live.ReceivedEvents.range;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.ConcurrentChangeException;
import dk.plenum.meeting.MeetingChanges.CurrentItemSet;
import dk.plenum.meeting.MeetingChanges.MeetingStarted;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.TestMeetings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every subscriber on this instance gets each event of its meeting once, in order, whenever it joins. */
@PlenumTest
class LiveMeetingsTest {

    @Autowired
    LiveMeetings live;

    @Autowired
    MeetingJournal journal;

    @Test
    void eachSubscriberGetsEveryEventOnceInOrder() throws InterruptedException {
        String meetingId = schedule();
        ReceivedEvents first = new ReceivedEvents();
        ReceivedEvents second = new ReceivedEvents();
        try (LiveSubscription a = live.subscribe(meetingId, 0, first);
             LiveSubscription b = live.subscribe(meetingId, 0, second)) {
            journal.append(meetingId, "test", meeting -> new MeetingStarted());
            setCurrentItem(meetingId, 3);

            assertThat(first.until(5)).isEqualTo(range(1, 5));
            assertThat(second.until(5)).isEqualTo(range(1, 5));
        }
    }

    @Test
    void aLateSubscriberGetsTheLogAfterItsSeqThenLiveEventsWithoutGapOrDuplicate() throws InterruptedException {
        String meetingId = schedule();
        setCurrentItem(meetingId, 3);
        ReceivedEvents late = new ReceivedEvents();
        try (LiveSubscription subscription = live.subscribe(meetingId, 2, late)) {
            setCurrentItem(meetingId, 2);

            assertThat(late.until(6)).isEqualTo(range(3, 6));
        }
    }

    @Test
    void aClosedSubscriptionGetsNothingMore() throws InterruptedException {
        String meetingId = schedule();
        ReceivedEvents closed = new ReceivedEvents();
        ReceivedEvents open = new ReceivedEvents();
        try (LiveSubscription stays = live.subscribe(meetingId, 0, open)) {
            live.subscribe(meetingId, 0, closed).close();
            setCurrentItem(meetingId, 2);

            assertThat(open.until(3)).isEqualTo(range(1, 3));
            assertThat(closed.seqs()).isSubsetOf(1L);
        }
    }

    @Test
    void aThrowingListenerIsUnsubscribedWithoutHarmingOthers() throws InterruptedException {
        String meetingId = schedule();
        AtomicInteger calls = new AtomicInteger();
        ReceivedEvents healthy = new ReceivedEvents();
        try (LiveSubscription broken = live.subscribe(meetingId, 0, event -> {
                 calls.incrementAndGet();
                 throw new IllegalStateException("listener broken on purpose");
             });
             LiveSubscription fine = live.subscribe(meetingId, 0, healthy)) {
            setCurrentItem(meetingId, 3);

            assertThat(healthy.until(4)).isEqualTo(range(1, 4));
            assertThat(calls).hasValue(1);
        }
    }

    @Test
    void aSlowListenerHoldsUpNeitherTheCommandNorOtherSubscribers() throws InterruptedException {
        String meetingId = schedule();
        CountDownLatch release = new CountDownLatch(1);
        ReceivedEvents quick = new ReceivedEvents();
        try (LiveSubscription slow = live.subscribe(meetingId, 0, event -> awaitQuietly(release));
             LiveSubscription other = live.subscribe(meetingId, 0, quick)) {
            setCurrentItem(meetingId, 3); // would hang here if delivery ran on the committing thread

            assertThat(quick.until(4)).isEqualTo(range(1, 4));
        } finally {
            release.countDown();
        }
    }

    /** Concurrent commands publish out of seq order and subscribers join mid-stream: gaps are filled from the log. */
    @Test
    void subscribersJoiningDuringConcurrentCommandsMissNothing() throws Exception {
        String meetingId = schedule();
        int writers = 4;
        int appendsPerWriter = 15;
        long lastSeq = 1 + writers * appendsPerWriter;
        List<ReceivedEvents> subscribers = new ArrayList<>();
        List<LiveSubscription> subscriptions = new ArrayList<>();
        try (ExecutorService commands = Executors.newFixedThreadPool(writers)) {
            for (int writer = 0; writer < writers; writer++) {
                commands.execute(() -> setCurrentItem(meetingId, appendsPerWriter));
            }
            for (int joined = 0; joined < 10; joined++) {
                ReceivedEvents subscriber = new ReceivedEvents();
                subscribers.add(subscriber);
                subscriptions.add(live.subscribe(meetingId, 0, subscriber));
                Thread.sleep(10);
            }
            commands.shutdown();
            assertThat(commands.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        for (ReceivedEvents subscriber : subscribers) {
            assertThat(subscriber.until(lastSeq)).isEqualTo(range(1, lastSeq));
        }
        subscriptions.forEach(LiveSubscription::close);
    }

    /**
     * A follower of every meeting (the search index) hears each meeting's events on its own thread: a listener that
     * blocks holds up no command, and a reader waiting for the events published before it sees them all.
     */
    @Test
    void aFollowerOfEveryMeetingHearsAllMeetingsOffTheCommandThread() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        List<String> heard = new CopyOnWriteArrayList<>();
        Thread committing = Thread.currentThread();
        List<Thread> listenerThreads = new CopyOnWriteArrayList<>();
        try (EveryMeetingFeed feed = live.followEveryMeeting(event -> {
            awaitQuietly(release);
            listenerThreads.add(Thread.currentThread());
            heard.add(event.meetingId() + "#" + event.seq());
        })) {
            String first = schedule();
            String second = schedule(); // would hang here if the feed ran on the committing thread
            setCurrentItem(first, 1);

            assertThat(feed.awaitDelivered(Duration.ofMillis(50))).as("held up by its listener").isFalse();
            release.countDown();
            assertThat(feed.awaitDelivered(Duration.ofSeconds(20))).isTrue();
            assertThat(heard).containsSubsequence(first + "#1", first + "#2").contains(second + "#1");
            assertThat(listenerThreads).doesNotContain(committing);
        } finally {
            release.countDown();
        }
    }

    private String schedule() {
        return journal.schedule(TestMeetings.scheduled(), "test").id();
    }

    /** As a client does: a command answered "changing too fast" (409) is sent again. */
    private void setCurrentItem(String meetingId, int times) {
        for (int i = 0; i < times; i++) {
            while (true) {
                try {
                    journal.append(meetingId, "test", meeting -> new CurrentItemSet(TestMeetings.ITEM_ID));
                    break;
                } catch (ConcurrentChangeException busy) {
                    // another writer won every attempt: try again
                }
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
