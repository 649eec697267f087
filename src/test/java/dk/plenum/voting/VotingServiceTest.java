package dk.plenum.voting;

import static dk.plenum.support.PartyCouncil.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.plenum.attendance.AttendanceService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.RecordedVote;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PartyCouncils;
import dk.plenum.support.PlenumTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who takes part in an item (present, seated, not inhabil), quorum, and votes counted from it, through the
 * services as the views and the API call them; every refusal appends nothing.
 */
@PlenumTest
class VotingServiceTest {

    @Autowired
    PartyCouncils partyCouncils;
    @Autowired
    AttendanceService attendance;
    @Autowired
    DecisionService decisions;
    @Autowired
    VotingService voting;
    @Autowired
    MeetingJournal journal;

    private PartyCouncil council;

    @BeforeEach
    void aRunningMeetingOfSevenInFourParties() {
        council = partyCouncils.create();
    }

    @Test
    void eachParticipantCarriesTheirPartyFromTheCouncil() {
        assertThat(council.meeting.participants()).extracting(Participant::name, Participant::party).contains(
                org.assertj.core.groups.Tuple.tuple("Anna", "A"), org.assertj.core.groups.Tuple.tuple("Frida", "F"),
                org.assertj.core.groups.Tuple.tuple("Sekretær Sara", null));
    }

    @Test
    void anInhabilMemberTakesNoPartInTheItemOnly() {
        Meeting declared = voting.declareConflict(council.id, council.openItem, council.memberId("Bo"),
                council.member("Bo"));

        assertThat(names(Participation.takingPart(declared, council.openItem)))
                .containsExactly("Anna", "Cecilie", "Dorte", "Erik", "Frida");
        assertThat(names(Participation.takingPart(declared, council.closedItem)))
                .containsExactly("Anna", "Bo", "Cecilie", "Dorte", "Erik", "Frida");

        Meeting recorded = voting.declareConflict(council.id, council.openItem, council.memberId("Frida"), SECRETARY);
        assertThat(recorded.voting().conflictedOn(council.openItem))
                .containsExactly(council.memberId("Bo"), council.memberId("Frida"));
        Meeting lifted = voting.liftConflict(council.id, council.openItem, council.memberId("Frida"), SECRETARY);
        assertThat(lifted.voting().conflictedOn(council.openItem)).containsExactly(council.memberId("Bo"));
    }

    @Test
    void conflictsOfInterestAreRefusedWhenTheyDoNotFitAndAppendNothing() {
        voting.declareConflict(council.id, council.openItem, null, council.member("Bo"));

        assertRefusedWithNothingAppended(() -> voting.declareConflict(council.id, council.openItem,
                council.memberId("Anna"), council.member("Bo")), "refused.conflict.onlyOwn");
        assertRefusedWithNothingAppended(() -> voting.declareConflict(council.id, council.openItem,
                council.memberId("Bo"), council.member("Bo")), "refused.conflict.already");
        assertRefusedWithNothingAppended(() -> voting.liftConflict(council.id, council.openItem,
                council.memberId("Bo"), council.member("Bo")), "refused.secretariatOnly");
        assertRefusedWithNothingAppended(() -> voting.liftConflict(council.id, council.openItem,
                council.memberId("Anna"), SECRETARY), "refused.conflict.none");
        assertRefusedWithNothingAppended(() -> voting.declareConflict(council.id, council.openItem,
                council.memberId("Sekretær Sara"), SECRETARY), "refused.conflict.notMember");
        assertRefusedWithNothingAppended(() -> voting.declareConflict(council.id, "no-such-item",
                council.memberId("Anna"), SECRETARY), "refused.noItem");
    }

    @Test
    void quorumIsMoreThanHalfOfTheSeatsTakingPart() {
        assertThat(Participation.quorum(council.meeting, council.openItem))
                .isEqualTo(new Participation.Quorum(7, 6, 0));
        attendance.mark(council.id, council.memberId("Frida"), AttendanceStatus.LEFT, null, SECRETARY);
        attendance.mark(council.id, council.memberId("Erik"), AttendanceStatus.LEFT, null, SECRETARY);
        Meeting four = voting.declareConflict(council.id, council.closedItem, council.memberId("Dorte"), SECRETARY);
        assertThat(Participation.quorum(four, council.openItem).reached()).isTrue();
        assertThat(Participation.quorum(four, council.closedItem))
                .as("the inhabil member does not count for quorum on her item").isEqualTo(new Participation.Quorum(7, 3, 0));
        assertThat(Participation.quorum(four, council.closedItem).missing()).isEqualTo(1);

        Meeting seated = attendance.mark(council.id, council.memberId("Søren Stedfortræder"), AttendanceStatus.PRESENT,
                council.memberId("Gustav"), SECRETARY);
        assertThat(Participation.quorum(seated, council.closedItem).reached())
                .as("a seated substitute takes part").isTrue();
    }

    @Test
    void quorumIsNotKnownToBeBrokenWhileMembersWhoCouldMakeItAreNotMarked() {
        Participation.Quorum threeAndOneUnmarked = new Participation.Quorum(7, 3, 1);
        assertThat(threeAndOneUnmarked.reached()).isFalse();
        assertThat(threeAndOneUnmarked.broken()).as("the unmarked member could still come").isFalse();
        assertThat(new Participation.Quorum(7, 3, 0).broken()).isTrue();
    }

    @Test
    void aDecisionWithoutQuorumIsRefusedUntilConfirmedAndThenMarked() {
        for (String name : List.of("Dorte", "Erik", "Frida")) {
            attendance.mark(council.id, council.memberId(name), AttendanceStatus.LEFT, null, SECRETARY);
        }
        DecisionInput approved = new DecisionInput(DecisionOutcome.APPROVED, "Godkendt.", null, null, null);

        assertRefusedWithNothingAppended(() -> decisions.record(council.id, council.openItem, approved, SECRETARY),
                "refused.noQuorum");
        Decision marked = decisions.record(council.id, council.openItem, approved.confirmedWithoutQuorum(), SECRETARY)
                .item(council.openItem).orElseThrow().decision();
        assertThat(marked.withoutQuorum()).isTrue();

        attendance.mark(council.id, council.memberId("Frida"), AttendanceStatus.PRESENT, null, SECRETARY);
        Decision quorate = decisions.record(council.id, council.openItem, approved, SECRETARY)
                .item(council.openItem).orElseThrow().decision();
        assertThat(quorate.withoutQuorum()).as("amended with quorum").isFalse();
    }

    @Test
    void aVoteByGroupsIsCountedFromWhoTakesPart() {
        voting.declareConflict(council.id, council.openItem, council.memberId("Erik"), SECRETARY);
        RecordedVote vote = voting.recordVote(council.id, council.openItem, new VoteInput(false,
                        Map.of("A", Choice.FOR, "V", Choice.FOR, "F", Choice.AGAINST),
                        Map.of(council.memberId("Cecilie"), Choice.ABSTAIN)), SECRETARY)
                .voting().voteOn(council.openItem).orElseThrow();

        assertThat(vote.kind()).isEqualTo(RecordedVote.Kind.BY_GROUP);
        assertThat(vote.inFavour()).containsExactly(council.memberId("Anna"), council.memberId("Bo"),
                council.memberId("Dorte"));
        assertThat(vote.against()).containsExactly(council.memberId("Frida"));
        assertThat(vote.abstaining()).containsExactly(council.memberId("Cecilie"));
    }

    @Test
    void aUnanimousVoteIsOneTapAndReplacesTheEarlierVote() {
        voting.recordVote(council.id, council.openItem, new VoteInput(false, Map.of("A", Choice.FOR, "V",
                Choice.AGAINST, "F", Choice.AGAINST), Map.of()), SECRETARY);
        RecordedVote vote = voting.recordVote(council.id, council.openItem, VoteInput.unanimously(), SECRETARY)
                .voting().voteOn(council.openItem).orElseThrow();

        assertThat(vote.kind()).isEqualTo(RecordedVote.Kind.UNANIMOUS);
        assertThat(vote.inFavour()).hasSize(6);
        assertThat(journal.get(council.id).voting().votes()).hasSize(1);
    }

    @Test
    void aVoteThatDoesNotCoverEveryoneTakingPartOrNamesSomeoneElseIsRefused() {
        assertRefusedWithNothingAppended(() -> voting.recordVote(council.id, council.openItem,
                new VoteInput(false, Map.of("A", Choice.FOR, "V", Choice.FOR), Map.of()), SECRETARY),
                "refused.vote.missing");
        assertRefusedWithNothingAppended(() -> voting.recordVote(council.id, council.openItem,
                new VoteInput(false, Map.of("A", Choice.FOR, "V", Choice.FOR, "F", Choice.FOR),
                        Map.of(council.memberId("Gustav"), Choice.AGAINST)), SECRETARY),
                "refused.vote.notTakingPart");
        assertRefusedWithNothingAppended(() -> voting.recordVote(council.id, council.openItem,
                new VoteInput(false, Map.of("Z", Choice.FOR), Map.of()), SECRETARY), "refused.vote.noGroup");
        assertRefusedWithNothingAppended(() -> voting.recordVote(council.id, council.openItem,
                new VoteInput(true, Map.of("A", Choice.FOR), Map.of()), SECRETARY),
                "refused.vote.unanimousAndCounted");
        assertRefusedWithNothingAppended(() -> voting.recordVote(council.id, council.openItem,
                VoteInput.unanimously(), council.member("Anna")), "refused.secretariatOnly");
    }

    @Test
    void namedDissentersAreKeptWithTheDecision() {
        Decision decision = decisions.record(council.id, council.openItem, new DecisionInput(DecisionOutcome.APPROVED,
                "Godkendt.", null, null, null, false, List.of("V", "F", "V"), List.of(council.memberId("Cecilie"))),
                SECRETARY).item(council.openItem).orElseThrow().decision();

        assertThat(decision.dissentingParties()).containsExactly("V", "F");
        assertThat(decision.dissentingMemberIds()).containsExactly(council.memberId("Cecilie"));
        assertRefusedWithNothingAppended(() -> decisions.record(council.id, council.openItem, new DecisionInput(
                DecisionOutcome.APPROVED, "Godkendt.", null, null, null, false, List.of("Z"), List.of()), SECRETARY),
                "refused.dissent.noGroup");
    }

    /** Two secretaries, and a member on the tablet, at the same instant: every change is kept. */
    @Test
    void changesMadeAtTheSameInstantAreAllKept() {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Meeting>> all = List.of(
                CompletableFuture.supplyAsync(() -> await(go, () -> voting.declareConflict(council.id,
                        council.closedItem, council.memberId("Anna"), SECRETARY))),
                CompletableFuture.supplyAsync(() -> await(go, () -> voting.declareConflict(council.id,
                        council.closedItem, null, council.member("Bo")))),
                CompletableFuture.supplyAsync(() -> await(go, () -> voting.recordVote(council.id, council.openItem,
                        VoteInput.unanimously(), SECRETARY))));
        go.countDown();
        all.forEach(CompletableFuture::join);

        Meeting after = journal.get(council.id);
        assertThat(after.voting().conflictedOn(council.closedItem))
                .containsExactlyInAnyOrder(council.memberId("Anna"), council.memberId("Bo"));
        assertThat(after.voting().voteOn(council.openItem)).isPresent();
    }

    private static Meeting await(CountDownLatch go, java.util.function.Supplier<Meeting> command) {
        try {
            go.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        return command.get();
    }

    private void assertRefusedWithNothingAppended(ThrowingCallable command, String messageKey) {
        long before = journal.get(council.id).lastSeq();
        assertThatThrownBy(command).isInstanceOfSatisfying(CommandRefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
        assertThat(journal.get(council.id).lastSeq()).as("nothing appended").isEqualTo(before);
    }

    private static List<String> names(List<Participant> participants) {
        return participants.stream().map(Participant::name).toList();
    }
}
