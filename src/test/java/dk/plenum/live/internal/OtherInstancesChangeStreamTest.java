package dk.plenum.live.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.plenum.live.LiveMeetings;
import dk.plenum.live.LiveSubscription;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.OtherInstancesEvents;
import dk.plenum.search.SearchHit;
import dk.plenum.search.SearchService;
import dk.plenum.store.StoreMode;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.TestMeetings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * An event another instance committed reaches every listener here, as this instance's own do: live
 * subscribers and the search index alike (the index once heard only of local commits). The watch itself is
 * a stand-in; {@code CrossInstanceLiveTest} runs the real change stream between two JVMs.
 */
@PlenumTest
class OtherInstancesChangeStreamTest {

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    MeetingJournal journal;

    @Autowired
    LiveMeetings live;

    @Autowired
    SearchService search;

    @Test
    void anotherInstancesDecisionReachesLiveSubscribersAndSearch() {
        AtomicReference<Consumer<MeetingEvent>> otherInstance = new AtomicReference<>();
        OtherInstancesEvents standIn = (onEvent, startupWait) -> {
            otherInstance.set(onEvent);
            return () -> otherInstance.set(null);
        };
        OtherInstancesChangeStream stream = new OtherInstancesChangeStream(standIn, publisher,
                new LiveProperties(LiveProperties.ChangeStream.ON), new StoreMode(null, true));
        Meeting meeting = journal.schedule(TestMeetings.scheduled(), "test");
        String word = "andetsteds" + UUID.randomUUID().toString().replace("-", "");
        Queue<MeetingEvent> heard = new ConcurrentLinkedQueue<>();
        stream.start();
        try (LiveSubscription subscriber = live.subscribe(meeting.id(), meeting.lastSeq(), heard::add)) {
            otherInstance.get().accept(new MeetingEvent(meeting.id(), meeting.lastSeq() + 1, Instant.now(), "elsewhere",
                    new DecisionRecorded(TestMeetings.ITEM_ID, new Decision(DecisionOutcome.APPROVED, "Godkendt " + word,
                            null, null, List.of(), Instant.now(), "elsewhere", 1, List.of()))));

            await().atMost(Duration.ofSeconds(20)).until(() -> !heard.isEmpty());
            assertThat(heard).extracting(MeetingEvent::seq).containsExactly(meeting.lastSeq() + 1);
            assertThat(search.search(word)).extracting(SearchHit::itemId).containsExactly(TestMeetings.ITEM_ID);
        } finally {
            stream.stop();
        }
        assertThat(otherInstance).as("the watch is closed on stop").hasNullValue();
    }
}
