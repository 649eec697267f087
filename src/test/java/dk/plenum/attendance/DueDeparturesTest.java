package dk.plenum.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges.AttendanceMarked;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.PlannedDeparture;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member who said "Jeg går tidligt" is recorded as left when the meeting gets there (issue 15: the departure stayed an
 * announcement): when an item after theirs becomes current, when their item is decided, or when their time comes during
 * the meeting; once, as an attendance event in the meeting's log, so the next decision counts them absent.
 */
@PlenumTest
class DueDeparturesTest {

    private static final Actor SECRETARIAT = ImportedMeetings.SECRETARIAT;
    private static final Duration SOON = Duration.ofSeconds(5);

    @Autowired
    AgendaImportService imports;

    @Autowired
    ProceedingsService proceedings;

    @Autowired
    DecisionService decisions;

    @Autowired
    AttendanceService attendance;

    @Autowired
    AccountService accounts;

    @Autowired
    MeetingJournal journal;

    Meeting meeting;
    Actor kirsten;

    @BeforeEach
    void kirstenIsAtAMeetingInSession() {
        meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        kirsten = accounts.find("kirsten").orElseThrow();
        attendance.mark(meeting.id(), kirsten.memberId(), AttendanceStatus.PRESENT, null, kirsten);
        proceedings.start(meeting.id(), SECRETARIAT);
        proceedings.setCurrentItem(meeting.id(), item(0), SECRETARIAT);
    }

    @Test
    void sheLeavesWhenTheItemAfterHersBecomesCurrentAndTheNextDecisionCountsHerAbsent() {
        attendance.planDeparture(meeting.id(), kirsten.memberId(), new PlannedDeparture(null, item(1)), kirsten);
        proceedings.setCurrentItem(meeting.id(), item(1), SECRETARIAT);
        decisions.record(meeting.id(), item(0), approved(), SECRETARIAT);
        assertThat(attendanceOfKirsten()).as("her item is current, not past").isEqualTo(AttendanceStatus.PRESENT);

        proceedings.setCurrentItem(meeting.id(), item(3), SECRETARIAT);

        await().atMost(SOON).until(() -> attendanceOfKirsten() == AttendanceStatus.LEFT);
        decisions.record(meeting.id(), item(3), approved(), SECRETARIAT);
        assertThat(journal.get(meeting.id()).item(item(3)).orElseThrow().decision().absentMemberIds())
                .contains(kirsten.memberId());
        assertThat(journal.get(meeting.id()).item(item(0)).orElseThrow().decision().absentMemberIds())
                .doesNotContain(kirsten.memberId());
        assertThat(departuresOfKirsten()).as("one attendance event, named for Plenum, not a person")
                .extracting(MeetingEvent::actor).containsExactly(AttendanceService.DUE_DEPARTURES);
    }

    @Test
    void sheLeavesWhenHerItemIsDecidedAndOnlyOnce() {
        attendance.planDeparture(meeting.id(), kirsten.memberId(), new PlannedDeparture(null, item(0)), kirsten);
        assertThat(attendanceOfKirsten()).isEqualTo(AttendanceStatus.PRESENT);

        decisions.record(meeting.id(), item(0), approved(), SECRETARIAT);

        await().atMost(SOON).until(() -> attendanceOfKirsten() == AttendanceStatus.LEFT);
        attendance.recordDueDepartures(meeting.id(), Instant.now());
        proceedings.setCurrentItem(meeting.id(), item(1), SECRETARIAT);
        assertThat(departuresOfKirsten()).hasSize(1);
    }

    @Test
    void sheLeavesWhenHerTimeComesDuringTheMeetingUnlessSheStays() throws InterruptedException {
        attendance.planDeparture(meeting.id(), kirsten.memberId(),
                new PlannedDeparture(Instant.now().plusMillis(1_500), null), kirsten);
        assertThat(attendanceOfKirsten()).isEqualTo(AttendanceStatus.PRESENT);
        await().atMost(SOON).until(() -> attendanceOfKirsten() == AttendanceStatus.LEFT);

        attendance.mark(meeting.id(), kirsten.memberId(), AttendanceStatus.PRESENT, null, kirsten);
        attendance.planDeparture(meeting.id(), kirsten.memberId(),
                new PlannedDeparture(Instant.now().plusMillis(500), null), kirsten);
        attendance.planDeparture(meeting.id(), kirsten.memberId(), null, kirsten);
        Thread.sleep(1_500);
        assertThat(attendanceOfKirsten()).as("she stays after all").isEqualTo(AttendanceStatus.PRESENT);
    }

    private AttendanceStatus attendanceOfKirsten() {
        return journal.get(meeting.id()).participant(kirsten.memberId()).orElseThrow().attendance();
    }

    private List<MeetingEvent> departuresOfKirsten() {
        return journal.eventsAfter(meeting.id(), 0).stream()
                .filter(event -> event.change() instanceof AttendanceMarked marked
                        && marked.memberId().equals(kirsten.memberId()) && marked.status() == AttendanceStatus.LEFT)
                .toList();
    }

    private String item(int index) {
        return meeting.items().get(index).id();
    }

    private static DecisionInput approved() {
        return new DecisionInput(DecisionOutcome.APPROVED, "Godkendt.", null, null, null);
    }
}
