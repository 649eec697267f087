package dk.plenum.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.PlenumTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    void anUnknownMeetingIsAbsent() {
        assertThat(journal.find("nope")).isEmpty();
    }

    private static MeetingScheduled scheduled() {
        AgendaItem item = new AgendaItem("i1", 1, "Velkomst", ItemKind.REGULAR, Visibility.OPEN, "Borgmesteren",
                List.of(new Section("Indstilling", "Velkomst")), List.of(new Attachment("a1", "Bilag", Visibility.CLOSED)), null);
        return new MeetingScheduled("c1", "Erhvervsrådet", "Møde", MeetingKind.ORDINARY,
                Instant.parse("2031-02-27T09:30:00Z"), Instant.parse("2031-02-27T12:00:00Z"), "Rådhuset",
                List.of(Participant.summoned("p1", "Anna Aaen", MemberRole.CHAIR)), List.of(item));
    }
}
