package dk.plenum.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.ConflictOfInterest;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.RecordedVote;
import dk.plenum.meeting.Visibility;
import dk.plenum.meeting.VotingChanges.ConflictOfInterestDeclared;
import dk.plenum.meeting.VotingChanges.ConflictOfInterestLifted;
import dk.plenum.meeting.VotingChanges.VoteRecorded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Votes, conflicts of interest and a decision's quorum mark and named dissenters: the public sees those of an open
 * item, and nothing of a closed one, in the meeting or in its events; members and the secretariat see all.
 */
class VotingVisibilityTest {

    private static final Instant AT = Instant.parse("2024-02-29T10:00:00Z");

    private final List<MeetingEvent> events = new ArrayList<>();
    private Meeting meeting;

    VotingVisibilityTest() {
        append(new MeetingScheduled("c1", "Byrådet", "Møde", MeetingKind.ORDINARY, AT, null, null,
                List.of(Participant.summoned("anna", "Anna", MemberRole.CHAIR, "A"),
                        Participant.summoned("bo", "Bo SECRET-BO", MemberRole.MEMBER, "V")),
                List.of(item("open", 1, Visibility.OPEN), item("closed", 2, Visibility.CLOSED))));
        append(new ConflictOfInterestDeclared("open", "anna"));
        append(new ConflictOfInterestDeclared("closed", "bo"));
        append(new VoteRecorded(new RecordedVote("open", RecordedVote.Kind.BY_GROUP, List.of("bo"), List.of(),
                List.of())));
        append(new VoteRecorded(new RecordedVote("closed", RecordedVote.Kind.BY_MEMBER, List.of(), List.of("anna"),
                List.of())));
        append(new DecisionRecorded("open", decision()));
        append(new DecisionRecorded("closed", decision()));
        append(new ConflictOfInterestLifted("closed", "bo"));
    }

    @Test
    void thePublicSeesTheVotesAndConflictsOfOpenItemsOnly() {
        Meeting seen = MeetingVisibility.visibleTo(Audience.PUBLIC, meeting);

        assertThat(seen.voting().conflicts()).containsExactly(new ConflictOfInterest("open", "anna"));
        assertThat(seen.voting().votes()).extracting(RecordedVote::itemId).containsExactly("open");
        Decision open = seen.item("open").orElseThrow().decision();
        assertThat(open.withoutQuorum()).isTrue();
        assertThat(open.dissentingParties()).containsExactly("V");
        assertThat(seen.item("closed").orElseThrow().decision()).as("no public text: no decision at all").isNull();
        assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, meeting)).isEqualTo(meeting);
    }

    @Test
    void thePublicSeesNothingOfAClosedItemsVoteOrConflictEventsNotEvenTheItemOrTheTime() {
        List<MeetingEvent> seen = events.stream()
                .map(event -> MeetingVisibility.visibleTo(Audience.PUBLIC, event, meeting)).toList();

        assertThat(seen.get(2).change()).isEqualTo(new ConflictOfInterestDeclared(null, null));
        assertThat(seen.get(4).change()).isEqualTo(new VoteRecorded(null));
        assertThat(seen.get(7).change()).isEqualTo(new ConflictOfInterestLifted(null, null));
        assertThat(List.of(seen.get(2), seen.get(4), seen.get(7))).allMatch(event -> event.at() == null);
        assertThat(seen.get(1)).isEqualTo(new MeetingEvent("m1", 2, AT, null, events.get(1).change()));
        assertThat(seen.get(3).change()).isEqualTo(events.get(3).change());

        Meeting followed = MeetingProjection.applyAll(null, seen);
        assertThat(followed.voting()).as("a public follower's copy, built from the redacted events")
                .isEqualTo(MeetingVisibility.visibleTo(Audience.PUBLIC, meeting).voting());
    }

    private void append(MeetingChange change) {
        MeetingEvent event = new MeetingEvent("m1", events.size() + 1, AT, "mette", change);
        events.add(event);
        meeting = MeetingProjection.apply(meeting, event);
    }

    private static Decision decision() {
        return new Decision(DecisionOutcome.APPROVED, "Godkendt.", null, null, List.of(), AT, "mette", 1, List.of(),
                true, List.of("V"), List.of("bo"));
    }

    private static AgendaItem item(String id, int number, Visibility visibility) {
        return new AgendaItem(id, number, "Punkt " + id, ItemKind.REGULAR, visibility, null, List.of(), List.of(),
                null, false);
    }
}
