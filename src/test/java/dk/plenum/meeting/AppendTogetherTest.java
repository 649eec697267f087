package dk.plenum.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.internal.MeetingEventStore;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Commands that wait for their meeting's writer are stored together, in one insert, by whoever holds it next
 * (decision 0021): each is answered with the meeting as its own event left it, each event is stored once with its
 * own seq, and a command the group cannot settle is carried out alone with the rules for one command. The first
 * command holds the writer until all the others wait for it, so that they do wait together.
 */
@PlenumTest
class AppendTogetherTest {

    private static final int WAITING = 12;

    @MockitoSpyBean
    MeetingEventStore events;

    @Autowired
    MeetingJournal journal;

    @Autowired
    AgendaImportService imports;

    private Meeting meeting;
    private String firstItem;

    @BeforeEach
    void newMeeting() {
        meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        firstItem = meeting.items().getFirst().id();
    }

    @Test
    void waitingCommandsAreStoredInOneInsertAndEachIsAnsweredWithItsOwnEvent() throws Exception {
        List<Meeting> answers = whileTheWriterIsHeld(IntStream.range(0, WAITING)
                .mapToObj(i -> (Function<Meeting, MeetingChange>) current -> currentItem(i)).toList());

        List<MeetingEvent> log = journal.eventsAfter(meeting.id(), meeting.lastSeq());
        assertThat(log).hasSize(WAITING + 1);
        assertThat(log).extracting(MeetingEvent::seq)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, WAITING + 1).mapToObj(i -> meeting.lastSeq() + i).toList());
        assertThat(answers).extracting(Meeting::lastSeq).doesNotHaveDuplicates();
        for (Meeting answer : answers) {
            MeetingEvent own = log.stream().filter(event -> event.seq() == answer.lastSeq()).findFirst().orElseThrow();
            assertThat(answer.currentItemId()).isEqualTo(((MeetingChanges.CurrentItemSet) own.change()).itemId());
        }
        assertThat(journal.get(meeting.id()).lastSeq()).isEqualTo(log.getLast().seq());
        ArgumentCaptor<List<MeetingEvent>> inserts = ArgumentCaptor.captor();
        verify(events, atLeastOnce()).appendInOrder(inserts.capture(), anyList());
        assertThat(inserts.getAllValues()).as("the waiting commands went into one insert")
                .anySatisfy(inserted -> assertThat(inserted).hasSizeGreaterThan(1));
    }

    @Test
    void aRefusedCommandAmongThemIsRefusedAloneAndTheOthersAreStored() throws Exception {
        List<Function<Meeting, MeetingChange>> commands = new ArrayList<>();
        for (int i = 0; i < WAITING; i++) {
            int index = i;
            commands.add(current -> {
                if (index == 3) {
                    throw new CommandRefusedException(CommandRefusedException.Reason.CONFLICT, "refused.test");
                }
                return currentItem(index);
            });
        }

        List<CompletableFuture<Meeting>> answered = sendWhileTheWriterIsHeld(commands);

        assertThat(answered.get(3)).failsWithin(java.time.Duration.ofSeconds(30))
                .withThrowableThat().havingCause().isInstanceOf(CommandRefusedException.class);
        assertThat(journal.eventsAfter(meeting.id(), meeting.lastSeq())).hasSize(WAITING); // the holder's and 11
    }

    @Test
    void anInsertStoppedByATakenSeqStoresWhatCameBeforeAndTheRestAreStoredAlone() throws Exception {
        MeetingChange rivals = new MeetingChanges.CurrentItemSet(firstItem);
        doAnswer(insert -> {
            List<MeetingEvent> ours = insert.getArgument(0);
            // Another instance takes the seq of the group's second event just before the insert.
            events.append(new MeetingEvent(meeting.id(), ours.get(1).seq(), Instant.now(), "another-instance", rivals));
            return insert.callRealMethod();
        }).when(events).appendInOrder(anyList(), anyList());

        List<Meeting> answers = whileTheWriterIsHeld(IntStream.range(0, WAITING)
                .mapToObj(i -> (Function<Meeting, MeetingChange>) current -> currentItem(i)).toList());

        List<MeetingEvent> log = journal.eventsAfter(meeting.id(), meeting.lastSeq());
        assertThat(log).hasSize(WAITING + 2); // the holder's, the rival's and every waiting command's
        assertThat(log).extracting(MeetingEvent::actor).filteredOn("another-instance"::equals).hasSize(1);
        assertThat(answers).extracting(Meeting::lastSeq).doesNotHaveDuplicates();
        assertThat(journal.get(meeting.id()).lastSeq()).isEqualTo(log.getLast().seq());
    }

    private MeetingChange currentItem(int index) {
        List<AgendaItem> items = meeting.items();
        return new MeetingChanges.CurrentItemSet(items.get(index % items.size()).id());
    }

    private List<Meeting> whileTheWriterIsHeld(List<Function<Meeting, MeetingChange>> commands) throws Exception {
        List<Meeting> answers = new ArrayList<>();
        for (CompletableFuture<Meeting> answer : sendWhileTheWriterIsHeld(commands)) {
            answers.add(answer.get());
        }
        return answers;
    }

    /**
     * A first command holds the meeting's writer (its decision waits) until every one of {@code commands}, each
     * sent from a thread of its own, waits for the writer; then it lets go.
     */
    private List<CompletableFuture<Meeting>> sendWhileTheWriterIsHeld(List<Function<Meeting, MeetingChange>> commands)
            throws InterruptedException, ExecutionException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        CompletableFuture<Meeting> holder = send(current -> {
            holding.countDown();
            waitFor(letGo);
            return new MeetingChanges.CurrentItemSet(firstItem);
        });
        waitFor(holding);
        List<Thread> threads = new ArrayList<>();
        List<CompletableFuture<Meeting>> answers = new ArrayList<>();
        for (Function<Meeting, MeetingChange> command : commands) {
            CompletableFuture<Meeting> answer = new CompletableFuture<>();
            Thread thread = Thread.ofPlatform().start(() -> complete(answer, command));
            threads.add(thread);
            answers.add(answer);
        }
        await().until(() -> threads.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING));
        letGo.countDown();
        holder.get();
        return answers;
    }

    private CompletableFuture<Meeting> send(Function<Meeting, MeetingChange> command) {
        CompletableFuture<Meeting> answer = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> complete(answer, command));
        return answer;
    }

    private void complete(CompletableFuture<Meeting> answer, Function<Meeting, MeetingChange> command) {
        try {
            answer.complete(journal.append(meeting.id(), "test", command));
        } catch (RuntimeException refused) {
            answer.completeExceptionally(refused);
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
