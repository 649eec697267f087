package dk.plenum.meeting;

import static dk.plenum.support.TestMeetings.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import dk.plenum.meeting.internal.MeetingProjectionStore;
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

    @Test
    void schedulingWritesTheFirstEventAndTheProjection() {
        Meeting meeting = journal.schedule(scheduled(), "test");

        assertThat(meeting.lastSeq()).isEqualTo(1);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(journal.eventsAfter(meeting.id(), 0)).singleElement().satisfies(event -> {
            assertThat(event.seq()).isEqualTo(1);
            assertThat(event.type()).isEqualTo("MEETING_SCHEDULED");
            assertThat(event.actor()).isEqualTo("test");
            assertThat(event.change()).isEqualTo(scheduled());
        });
        assertThat(journal.eventsAfter(meeting.id(), 1)).isEmpty();
    }

    @Test
    void aLostProjectionIsRebuiltFromTheLog() {
        Meeting meeting = journal.schedule(scheduled(), "test");
        mongo.remove(new Query(Criteria.where("_id").is(meeting.id())), "meetings");

        assertThat(journal.find(meeting.id())).hasValue(meeting);
        assertThat(mongo.exists(new Query(Criteria.where("_id").is(meeting.id())), "meetings")).isTrue();
    }

    @Test
    void anOlderProjectionNeverOverwritesANewerOne() {
        Meeting scheduled = journal.schedule(scheduled(), "test");
        Meeting started = journal.append(scheduled.id(), "test", meeting -> new MeetingChanges.MeetingStarted());

        projections.save(scheduled);

        Meeting stored = projections.find(scheduled.id()).orElseThrow();
        assertThat(stored.lastSeq()).isEqualTo(started.lastSeq());
        assertThat(stored.status()).isEqualTo(MeetingStatus.LIVE);
    }

    @Test
    void anUnknownMeetingIsAbsent() {
        assertThat(journal.find("nope")).isEmpty();
    }
}
