package dk.plenum.meeting;

import static dk.plenum.support.TestMeetings.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.plenum.support.PlenumTest;
import dk.plenum.support.TestMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import dk.plenum.meeting.internal.MeetingEventStore;
import dk.plenum.meeting.internal.MeetingProjectionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The event log is the truth: the projection follows it and can be rebuilt from it. */
@PlenumTest
class MeetingJournalTest {

    @Autowired
    MeetingJournal journal;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeetingProjectionStore projections;

    @Autowired
    MeetingEventStore events;

    @Test
    void schedulingWritesTheFirstEventAndTheProjection() {
        MeetingScheduled scheduled = scheduled();
        Meeting meeting = journal.schedule(scheduled, "test");

        assertThat(meeting.lastSeq()).isEqualTo(1);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(journal.eventsAfter(meeting.id(), 0)).singleElement().satisfies(event -> {
            assertThat(event.seq()).isEqualTo(1);
            assertThat(event.type()).isEqualTo("MEETING_SCHEDULED");
            assertThat(event.actor()).isEqualTo("test");
            assertThat(event.change()).isEqualTo(scheduled);
        });
        assertThat(journal.eventsAfter(meeting.id(), 1)).isEmpty();
    }

    @Test
    void meetingsNotOverAreThoseToBeHeldRunningOrPaused() {
        Meeting coming = journal.schedule(scheduled(), "test");
        Meeting running = journal.schedule(scheduled(), "test");
        journal.append(running.id(), "test", meeting -> new MeetingChanges.MeetingStarted());
        Meeting closed = journal.schedule(scheduled(), "test");
        journal.append(closed.id(), "test", meeting -> new MeetingChanges.MeetingStarted());
        journal.append(closed.id(), "test", meeting -> new MeetingChanges.MeetingClosed());

        assertThat(journal.findNotOver()).extracting(Meeting::id).contains(coming.id(), running.id())
                .doesNotContain(closed.id());
    }

    @Test
    void aLostProjectionIsRebuiltFromTheLog() {
        Meeting meeting = journal.schedule(scheduled(), "test");
        projections.findAll(); // saves it now rather than within a second
        mongo.remove(idOf(meeting), "meetings");

        assertThat(journal.find(meeting.id())).hasValue(meeting);
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(idOf(meeting), "meetings"));
    }

    @Test
    void aCommandsProjectionIsSavedSoonAfterItAndThisInstanceReadsItAtOnce() {
        Meeting scheduled = journal.schedule(scheduled(), "test");
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(idOf(scheduled), "meetings"));

        Meeting started = journal.append(scheduled.id(), "test", meeting -> new MeetingChanges.MeetingStarted());
        await().atMost(Duration.ofSeconds(10)).until(() -> storedLastSeq(scheduled) == started.lastSeq());

        Meeting adjourned = journal.append(scheduled.id(), "test", meeting -> new MeetingChanges.MeetingAdjourned());
        assertThat(journal.findAll()).as("a read here saves what waits first").filteredOn(
                meeting -> meeting.id().equals(scheduled.id())).singleElement().isEqualTo(adjourned);
    }

    @Test
    void aLagAnotherInstanceIsStillToSaveIsReadButLeftToIt() {
        Meeting meeting = journal.schedule(scheduled(), "test");
        projections.findAll(); // saved now rather than within a second
        // As committed a moment ago on another instance, which saves the projection within its delay.
        events.append(new MeetingEvent(meeting.id(), 2, Instant.now(), "test", new MeetingChanges.MeetingStarted()));

        assertThat(journal.find(meeting.id())).hasValueSatisfying(read -> assertThat(read.lastSeq()).isEqualTo(2));
        await().during(MeetingProjectionStore.SAVE_DELAY.multipliedBy(2)).atMost(Duration.ofSeconds(10))
                .until(() -> storedLastSeq(meeting) == 1);
    }

    @Test
    void aLagLeftByAnInstanceThatDiedIsSavedByTheNextRead() {
        Meeting meeting = journal.schedule(scheduled(), "test");
        projections.findAll(); // saved now rather than within a second
        // Committed a minute ago on an instance that died before it saved the projection.
        events.append(new MeetingEvent(meeting.id(), 2, Instant.now().minusSeconds(60), "test",
                new MeetingChanges.MeetingStarted()));

        assertThat(journal.find(meeting.id())).hasValueSatisfying(read -> assertThat(read.lastSeq()).isEqualTo(2));
        await().atMost(Duration.ofSeconds(10)).until(() -> storedLastSeq(meeting) == 2);
    }

    private static Query idOf(Meeting meeting) {
        return new Query(Criteria.where("_id").is(meeting.id()));
    }

    private long storedLastSeq(Meeting meeting) {
        return ((Number) mongo.findOne(idOf(meeting), Document.class, "meetings").get("lastSeq")).longValue();
    }

    @Test
    void anOlderProjectionNeverOverwritesANewerOne() {
        Meeting scheduled = journal.schedule(scheduled(), "test");
        Meeting started = journal.append(scheduled.id(), "test", meeting -> new MeetingChanges.MeetingStarted());

        projections.findAll(); // the newer one saved
        projections.saveSoon(projections.encode(scheduled));

        Meeting stored = projections.find(scheduled.id()).orElseThrow();
        assertThat(stored.lastSeq()).isEqualTo(started.lastSeq());
        assertThat(stored.status()).isEqualTo(MeetingStatus.LIVE);
    }

    @Test
    void aFollowerSkipsTheEventsItHoldsAndRefusesAGap() {
        Meeting scheduled = journal.schedule(scheduled(), "test");
        MeetingEvent started = new MeetingEvent(scheduled.id(), 2, Instant.now(), "test", new MeetingChanges.MeetingStarted());
        MeetingEvent adjourned = new MeetingEvent(scheduled.id(), 3, Instant.now(), "test",
                new MeetingChanges.MeetingAdjourned());
        Meeting live = MeetingProjection.apply(scheduled, started);

        assertThat(MeetingProjection.applyAll(live, List.of(started, adjourned)).status())
                .as("the start it showed already is not applied twice").isEqualTo(MeetingStatus.ADJOURNED);
        assertThatThrownBy(() -> MeetingProjection.applyAll(scheduled, List.of(adjourned)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not follow 1");
    }

    @Test
    void anEventOfAnotherMeetingIsNeverFoldedIntoThisOne() {
        Meeting scheduled = journal.schedule(scheduled(), "test");
        MeetingEvent elsewhere = new MeetingEvent("another-meeting", scheduled.lastSeq() + 1, Instant.now(), "test",
                new MeetingChanges.MeetingStarted());

        assertThatThrownBy(() -> MeetingProjection.apply(scheduled, elsewhere))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another-meeting");
    }

    @Test
    void aCommandIsJudgedOnTheStoredStateWhenAnotherInstanceAppended() {
        Meeting scheduled = journal.schedule(scheduled(), "test");
        // Another instance starts the meeting: this journal still remembers it as scheduled.
        events.append(new MeetingEvent(scheduled.id(), 2, Instant.now(), "elsewhere", new MeetingChanges.MeetingStarted()));

        Meeting changed = journal.append(scheduled.id(), "test", meeting -> {
            if (meeting.status() != MeetingStatus.LIVE) {
                throw new CommandRefusedException(CommandRefusedException.Reason.CONFLICT, "meeting.notLive");
            }
            return new MeetingChanges.CurrentItemSet(TestMeetings.ITEM_ID);
        });

        assertThat(changed.lastSeq()).isEqualTo(3);
        assertThat(changed.status()).isEqualTo(MeetingStatus.LIVE);
        assertThat(journal.eventsAfter(scheduled.id(), 0)).extracting(MeetingEvent::seq).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aStartTimeLeftHeldByAProcessThatDiedAfterAMoveIsFreedForTheNextMeeting() {
        MeetingScheduled first = scheduled();
        Meeting moved = journal.schedule(first, "test");
        Instant later = first.startsAt().plus(Duration.ofMinutes(30)); // between the whole hours other tests take
        // The move's event took its new time, and the process died before the first event gave up the old one.
        events.append(new MeetingEvent(moved.id(), 2, Instant.now(), "test",
                new MeetingChanges.MeetingMoved(later, null)), null, first.councilId() + " " + later);

        Meeting there = journal.schedule(scheduledLike(first, first.startsAt()), "test");

        assertThat(there.startsAt()).isEqualTo(first.startsAt());
        assertThatThrownBy(() -> journal.schedule(scheduledLike(first, later), "test"))
                .as("the moved meeting holds its new time").isInstanceOf(MeetingSlotTakenException.class);
    }

    @Test
    void reconcilingRebuildsProjectionsThatAreMissingOrBehindTheLog() {
        Meeting lost = journal.schedule(scheduled(), "test");
        Meeting behind = journal.schedule(scheduled(), "test");
        projections.findAll(); // both saved now rather than within a second
        // As after a crash: one projection write never reached the file, the other one's last did not.
        mongo.remove(idOf(lost), "meetings");
        events.append(new MeetingEvent(behind.id(), 2, Instant.now(), "test", new MeetingChanges.MeetingStarted()));

        assertThat(journal.reconcileWithLog()).isGreaterThanOrEqualTo(2);

        assertThat(projections.find(lost.id())).hasValue(lost);
        assertThat(projections.find(behind.id())).hasValueSatisfying(meeting -> {
            assertThat(meeting.lastSeq()).isEqualTo(2);
            assertThat(meeting.status()).isEqualTo(MeetingStatus.LIVE);
        });
        assertThat(journal.findAll()).extracting(Meeting::id).contains(lost.id(), behind.id());
    }

    @Test
    void anUnknownMeetingIsAbsent() {
        assertThat(journal.find("nope")).isEmpty();
    }

    private static MeetingScheduled scheduledLike(MeetingScheduled meeting, Instant startsAt) {
        return new MeetingScheduled(meeting.councilId(), meeting.councilName(), meeting.title(), meeting.kind(),
                startsAt, null, meeting.location(), meeting.participants(), meeting.items());
    }
}
