package dk.plenum.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.SpeakerChanges.FloorGiven;
import dk.plenum.meeting.SpeakerChanges.SpeakerRequested;
import dk.plenum.meeting.SpeakerList;
import dk.plenum.meeting.internal.MeetingEventStore;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Two secretaries (or the chair's and the secretary's tablets) running one list of speakers at once lose nothing:
 * when the other one's change takes the next seq first, a command is decided again on the list as it now is. The
 * event store is a spy, so that the other secretary's change lands exactly between deciding and appending, every
 * time, rather than by chance.
 */
@PlenumTest
class TwoSecretariesTest {

    private static final Actor FIRST = ImportedMeetings.SECRETARIAT;
    private static final Actor SECOND = new Actor("mette", "Mette Bugge", AccountRole.ADMINISTRATOR, null, null);

    @MockitoSpyBean
    MeetingEventStore events;

    @Autowired
    MeetingJournal journal;

    @Autowired
    AgendaImportService imports;

    @Autowired
    ProceedingsService proceedings;

    @Autowired
    AttendanceService attendance;

    @Autowired
    SpeakerService speakers;

    private String id;
    private String item;
    private String lasse;
    private String kirsten;
    private String thomas;

    @BeforeEach
    void aRunningMeetingWithThreeMembersPresent() {
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        id = meeting.id();
        item = meeting.items().getFirst().id();
        lasse = meeting.participants().get(0).memberId();
        kirsten = meeting.participants().get(1).memberId();
        thomas = meeting.participants().get(2).memberId();
        proceedings.start(id, FIRST);
        proceedings.setCurrentItem(id, item, FIRST);
        List.of(lasse, kirsten, thomas).forEach(member ->
                attendance.mark(id, member, AttendanceStatus.PRESENT, null, FIRST));
    }

    @Test
    void aReorderAfterTheOtherGaveTheFloorKeepsBoth() {
        speakers.add(id, item, kirsten, false, FIRST);
        speakers.add(id, item, thomas, false, FIRST);
        speakers.add(id, item, lasse, false, FIRST);
        theSecondSecretaryAppendsFirst(new FloorGiven(item, kirsten));

        Meeting after = speakers.reorder(id, item, List.of(lasse, thomas, kirsten), FIRST);

        SpeakerList list = after.speakers().of(item);
        assertThat(list.floor().memberId()).isEqualTo(kirsten);
        assertThat(list.queue()).extracting(SpeakerList.Request::memberId).containsExactly(lasse, thomas);
        assertThat(journal.get(id).speakers().of(item)).isEqualTo(list);
    }

    @Test
    void twoSpeakersAddedAtOnceAreBothOnTheList() {
        theSecondSecretaryAppendsFirst(new SpeakerRequested(item, thomas, false));

        Meeting after = speakers.add(id, item, kirsten, false, FIRST);

        assertThat(after.speakers().of(item).queue()).extracting(SpeakerList.Request::memberId)
                .containsExactly(thomas, kirsten);
    }

    @Test
    void theSameSpeakerAddedByBothIsRefusedTheSecondTimeAndStoredOnce() {
        theSecondSecretaryAppendsFirst(new SpeakerRequested(item, kirsten, false));
        long before = journal.get(id).lastSeq();

        assertThatThrownBy(() -> speakers.add(id, item, kirsten, false, FIRST))
                .hasMessage("Kirsten Møller Thomsen is on the list of speakers already.");

        assertThat(journal.get(id).lastSeq()).as("only the second secretary's request").isEqualTo(before + 1);
        assertThat(journal.get(id).speakers().of(item).queue()).hasSize(1);
    }

    /** The next append of this meeting's by the first secretary finds {@code change} stored at its seq already. */
    private void theSecondSecretaryAppendsFirst(MeetingChange change) {
        AtomicReference<MeetingChange> pending = new AtomicReference<>(change);
        doAnswer(attempt -> {
            MeetingEvent ours = attempt.getArgument(0);
            MeetingChange theirs = ours.meetingId().equals(id) && ours.actor().equals(FIRST.username())
                    ? pending.getAndSet(null) : null;
            if (theirs != null) {
                events.append(new MeetingEvent(id, ours.seq(), Instant.now(), SECOND.username(), theirs));
            }
            return attempt.callRealMethod();
        }).when(events).append(any(MeetingEvent.class), any(), any());
    }
}
