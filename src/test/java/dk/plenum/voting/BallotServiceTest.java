package dk.plenum.voting;

import static dk.plenum.support.PartyCouncil.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.plenum.attendance.AttendanceService;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.council.CouncilService.CouncilDetails;
import dk.plenum.council.CouncilService.MemberDetails;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.BallotChanges.BallotCast;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.RecordedVote;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.meeting.RecordedVote.Kind;
import dk.plenum.meeting.Translations;
import dk.plenum.meeting.Visibility;
import dk.plenum.meeting.VoteSentence;
import dk.plenum.preparation.AgendaStart;
import dk.plenum.preparation.ItemContent;
import dk.plenum.preparation.MeetingDetails;
import dk.plenum.preparation.PreparationService;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PartyCouncils;
import dk.plenum.support.PlenumTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The electronic vote through the service, as the views and the API call it: many members and two secretaries at
 * once, a secret ballot whose process died between recording a ballot and counting it, and the sentences the
 * minutes print.
 */
@PlenumTest
class BallotServiceTest {

    private static final int MEMBERS = 50;

    @Autowired
    PartyCouncils partyCouncils;
    @Autowired
    CouncilService councils;
    @Autowired
    PreparationService preparation;
    @Autowired
    ProceedingsService proceedings;
    @Autowired
    AttendanceService attendance;
    @Autowired
    BallotService ballots;
    @Autowired
    MeetingJournal journal;

    @Test
    void fiftyMembersCastingAtOnceAreEachCountedOnce() throws Exception {
        Meeting meeting = aRunningMeetingOfFiftyMembersAllPresent();
        String item = meeting.items().getLast().id();
        ballots.open(meeting.id(), item, true, SECRETARY);
        List<Participant> members = meeting.participants();

        // Each at the first try: on one instance the journal takes a meeting's commands one at a time, so none is
        // told the meeting is too busy (with racing and retrying, one of 50 was, on a loaded machine).
        List<Meeting> answers = allAtOnce(members.stream().<Callable<Meeting>>map(member -> () ->
                ballots.cast(meeting.id(), item, choiceOf(members.indexOf(member)), actor(meeting, member))).toList());

        assertThat(answers).hasSize(MEMBERS);
        Meeting closed = ballots.close(meeting.id(), item, SECRETARY);
        RecordedVote vote = closed.voting().voteOn(item).orElseThrow();
        assertThat(vote.kind()).isEqualTo(Kind.SECRET);
        // 0, 3, 6, … vote for (17), 1, 4, … against (17), 2, 5, … abstain (16).
        assertThat(vote.count()).isEqualTo(new RecordedVote.Count(17, 17, 16, 0, 0));
        assertThat(journal.eventsAfter(meeting.id(), 0).stream().filter(event -> event.change() instanceof BallotCast))
                .hasSize(MEMBERS);
    }

    @Test
    void twoSecretariesOpeningOrClosingAtOnceOpenOneVoteAndCloseItOnce() throws Exception {
        Meeting meeting = aRunningMeetingOfFiftyMembersAllPresent();
        String item = meeting.items().getLast().id();
        Actor otherSecretary = new Actor("mette-" + meeting.id(), "Mette", AccountRole.SECRETARIAT,
                meeting.councilId(), null);

        List<Object> opened = allAtOnce(List.<Callable<Object>>of(() -> refusalOr(() -> ballots.open(meeting.id(), item, false,
                SECRETARY)), () -> refusalOr(() -> ballots.open(meeting.id(), item, false, otherSecretary))));
        assertThat(opened).filteredOn(Meeting.class::isInstance).hasSize(1);
        assertThat(opened).filteredOn(String.class::isInstance).containsExactly("refused.ballot.anotherOpen");
        ballots.cast(meeting.id(), item, Choice.FOR, actor(meeting, meeting.participants().getFirst()));

        List<Object> closed = allAtOnce(List.<Callable<Object>>of(() -> refusalOr(() -> ballots.close(meeting.id(), item, SECRETARY)),
                () -> refusalOr(() -> ballots.close(meeting.id(), item, otherSecretary))));
        assertThat(closed).filteredOn(String.class::isInstance).containsExactly("refused.ballot.notOpen");
        RecordedVote vote = journal.get(meeting.id()).voting().voteOn(item).orElseThrow();
        assertThat(vote.inFavour()).hasSize(1);
        assertThat(vote.count().notVoting()).isEqualTo(MEMBERS - 1);
    }

    @Test
    void aBallotRecordedButNeverCountedIsReportedAsNotCounted() {
        PartyCouncil council = partyCouncils.create();
        ballots.open(council.id, council.openItem, true, SECRETARY);
        ballots.cast(council.id, council.openItem, Choice.FOR, council.member("Anna"));
        ballots.cast(council.id, council.openItem, Choice.AGAINST, council.member("Bo"));
        // The process died after storing Cecilie's ballot and before counting it.
        journal.append(council.id, council.member("Cecilie").username(),
                meeting -> new BallotCast(council.openItem, council.memberId("Cecilie"), null));

        Meeting closed = ballots.close(council.id, council.openItem, SECRETARY);

        RecordedVote vote = closed.voting().voteOn(council.openItem).orElseThrow();
        assertThat(vote.count()).isEqualTo(new RecordedVote.Count(1, 1, 0, 3, 1));
        assertThat(VoteSentence.of(closed, vote, Translations.DANISH)).isEqualTo("Ved hemmelig afstemning stemte 1"
                + " for, 1 imod og 0 undlod at stemme. 3 stemte ikke. 1 afgivet stemme blev ikke talt med: hold"
                + " afstemningen igen.");
        assertThat(VoteSentence.of(closed, vote, Translations.ENGLISH)).isEqualTo("By secret ballot 1 voted for,"
                + " 1 against and 0 abstained. 3 did not vote. 1 ballot was cast but not counted: hold the vote again.");
    }

    @Test
    void aNamedElectronicVoteReadsLikeAVoteMemberByMemberAndSaysWhoDidNotVote() {
        PartyCouncil council = partyCouncils.create();
        ballots.open(council.id, council.openItem, false, SECRETARY);
        ballots.cast(council.id, council.openItem, Choice.FOR, council.member("Anna"));
        ballots.cast(council.id, council.openItem, Choice.FOR, council.member("Bo"));
        ballots.cast(council.id, council.openItem, Choice.AGAINST, council.member("Frida"));
        ballots.cast(council.id, council.openItem, Choice.ABSTAIN, council.member("Dorte"));

        Meeting closed = ballots.close(council.id, council.openItem, SECRETARY);

        RecordedVote vote = closed.voting().voteOn(council.openItem).orElseThrow();
        assertThat(VoteSentence.of(closed, vote, Translations.DANISH)).isEqualTo("For stemte 2 (Anna, Bo). Imod"
                + " stemte 1 (Frida). Undlod at stemme 1 (Dorte). 2 stemte ikke.");
        assertThat(VoteSentence.of(closed, vote, Translations.ENGLISH)).isEqualTo("In favour 2 (Anna, Bo). Against"
                + " 1 (Frida). Abstained 1 (Dorte). 2 did not vote.");
    }

    @Test
    void aMemberVotesOnlyWhileTakingPartAndEachRefusalAppendsNothing() {
        PartyCouncil council = partyCouncils.create();
        ballots.open(council.id, council.openItem, false, SECRETARY);
        attendance.mark(council.id, council.memberId("Erik"), AttendanceStatus.LEFT, null, SECRETARY);
        long before = journal.get(council.id).lastSeq();

        assertRefused(() -> ballots.cast(council.id, council.openItem, Choice.FOR, council.member("Erik")),
                "refused.ballot.notTakingPart");
        assertRefused(() -> ballots.cast(council.id, council.openItem, Choice.FOR, council.member("Gustav")),
                "refused.ballot.notTakingPart");
        assertRefused(() -> ballots.cast(council.id, council.openItem, null, council.member("Anna")),
                "refused.ballot.noChoice");
        assertRefused(() -> ballots.cast(council.id, council.openItem, Choice.FOR, SECRETARY),
                "refused.notParticipant");
        assertRefused(() -> ballots.close(council.id, council.openItem, council.member("Anna")),
                "refused.secretariatOnly");
        assertThat(journal.get(council.id).lastSeq()).isEqualTo(before);
    }

    private static void assertRefused(Runnable command, String messageKey) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(CommandRefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }

    private Meeting aRunningMeetingOfFiftyMembersAllPresent() {
        Council council = councils.create(SECRETARY, new CouncilDetails("Stort råd " + System.nanoTime(), null,
                "Salen", List.of()));
        for (int index = 0; index < MEMBERS; index++) {
            councils.addMember(SECRETARY, council.id(), new MemberDetails("Medlem " + index,
                    index == 0 ? MemberRole.CHAIR : MemberRole.MEMBER, null, null, null, null));
        }
        Instant startsAt = ImportedMeetings.nextStartsAt();
        String id = preparation.create(council.id(), new MeetingDetails("Møde", MeetingKind.ORDINARY, startsAt,
                startsAt.plus(Duration.ofHours(2)), null), AgendaStart.STANDARD_ITEMS, SECRETARY).id();
        Meeting prepared = preparation.addItem(id, new ItemContent("Valg af formand", ItemKind.REGULAR,
                Visibility.OPEN, false, null, List.of()), SECRETARY);
        preparation.publish(id, SECRETARY);
        proceedings.start(id, SECRETARY);
        for (Participant member : prepared.participants()) {
            attendance.mark(id, member.memberId(), AttendanceStatus.PRESENT, null, SECRETARY);
        }
        return journal.get(id);
    }

    private static Actor actor(Meeting meeting, Participant member) {
        return new Actor("m" + member.memberId(), member.name(), AccountRole.MEMBER, meeting.councilId(),
                member.memberId());
    }

    private static Choice choiceOf(int index) {
        return Choice.values()[index % 3];
    }

    private static Object refusalOr(Supplier<Meeting> command) {
        try {
            return command.get();
        } catch (CommandRefusedException refused) {
            return refused.messageKey();
        }
    }

    /** Runs every task at the same moment, each on its own thread, and returns their answers in order. */
    private static <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(tasks.size())) {
            List<Future<T>> answers = new ArrayList<>();
            for (Callable<T> task : tasks) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        }
    }
}
