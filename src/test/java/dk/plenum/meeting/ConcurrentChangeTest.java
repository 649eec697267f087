package dk.plenum.meeting;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.internal.MeetingEventStore;
import dk.plenum.support.Api;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A command on a meeting that another instance changes faster than it can append: every attempt loses the race
 * for the next seq, and once the journal's attempts are used up the command is refused as busy (a 409 problem in
 * the API), with nothing of it stored and the meeting as the log has it. The event store is a spy, so that the
 * rival appends just before each attempt instead of racing it by chance.
 */
@PlenumTest
class ConcurrentChangeTest {

    private static final String RIVAL = "another-instance";
    private static final String SECRETARIAT = ImportedMeetings.SECRETARIAT.username();

    @MockitoSpyBean
    MeetingEventStore events;

    @Autowired
    MeetingJournal journal;

    @Autowired
    AgendaImportService imports;

    @LocalServerPort
    int port;

    @Test
    void aCommandThatLosesEveryRaceIsRefusedAsBusyAndStoresNothing() {
        Meeting scheduled = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        anotherInstanceAlwaysAppendsFirst(scheduled);

        assertThatThrownBy(() -> journal.append(scheduled.id(), "loser", meeting -> new MeetingChanges.MeetingStarted()))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        busy -> assertThat(busy.reason()).isEqualTo(CommandRefusedException.Reason.CONFLICT));

        assertOnlyTheRivalAppended(scheduled);
    }

    @Test
    void theApiAnswersABusyMeetingWithA409Problem() {
        Meeting scheduled = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        anotherInstanceAlwaysAppendsFirst(scheduled);

        HttpResponse<String> refused = new Api(port).post("/api/meetings/" + scheduled.id() + "/start", "", SECRETARIAT);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(refused).get("code").stringValue()).isEqualTo("refused.busy");
        assertOnlyTheRivalAppended(scheduled);
    }

    /** Another instance that wins every race for the meeting's next seq: it appends that seq just before us. */
    private void anotherInstanceAlwaysAppendsFirst(Meeting meeting) {
        MeetingChange harmless = new MeetingChanges.CurrentItemSet(meeting.items().getFirst().id());
        doAnswer(attempt -> {
            MeetingEvent ours = attempt.getArgument(0);
            if (ours.meetingId().equals(meeting.id()) && !ours.actor().equals(RIVAL)) {
                events.append(new MeetingEvent(meeting.id(), ours.seq(), Instant.now(), RIVAL, harmless));
            }
            return attempt.callRealMethod();
        }).when(events).append(any(MeetingEvent.class), any(), any());
    }

    /** Nothing of the refused command is in the log or the meeting: only the rival's events, again and again. */
    private void assertOnlyTheRivalAppended(Meeting scheduled) {
        List<MeetingEvent> after = journal.eventsAfter(scheduled.id(), scheduled.lastSeq());
        assertThat(after).extracting(MeetingEvent::actor).hasSizeGreaterThan(1).containsOnly(RIVAL);
        Meeting stored = journal.get(scheduled.id());
        assertThat(stored.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(stored.lastSeq()).isEqualTo(after.getLast().seq());
    }
}
