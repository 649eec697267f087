package dk.plenum.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Ballot;
import dk.plenum.meeting.BallotChanges.BallotCast;
import dk.plenum.meeting.BallotChanges.BallotClosed;
import dk.plenum.meeting.BallotChanges.BallotOpened;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.RecordedVote;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.meeting.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The electronic vote in the visibility matrix: while a vote is open the secretariat sees a named vote's choices;
 * members, and the public on an open item, see who has voted and not what; the public sees nothing of a vote on a
 * closed item, in the meeting or in its events, not even the item or the time.
 */
class BallotVisibilityTest {

    private static final Instant AT = Instant.parse("2024-02-29T10:00:00Z");

    private final List<MeetingEvent> events = new ArrayList<>();
    private Meeting meeting;

    BallotVisibilityTest() {
        append(new MeetingScheduled("c1", "Byrådet", "Møde", MeetingKind.ORDINARY, AT, null, null,
                List.of(Participant.summoned("anna", "Anna", MemberRole.CHAIR, "A"),
                        Participant.summoned("bo", "Bo", MemberRole.MEMBER, "V")),
                List.of(item("open", 1, Visibility.OPEN), item("closed", 2, Visibility.CLOSED))));
        append(new BallotOpened("closed", false));
        append(new BallotCast("closed", "anna", Choice.FOR));
        append(new BallotClosed(new RecordedVote("closed", RecordedVote.Kind.ELECTRONIC, List.of("anna"), List.of(),
                List.of(), new RecordedVote.Count(1, 0, 0, 1, 0))));
        append(new BallotOpened("open", false));
        append(new BallotCast("open", "bo", Choice.AGAINST));
    }

    @Test
    void whileAVoteIsOpenOnlyTheSecretariatSeesItsChoices() {
        assertThat(MeetingVisibility.visibleTo(Audience.SECRETARIAT, meeting).voting().ballot().casts())
                .containsExactly(new Ballot.Cast("bo", Choice.AGAINST));
        Ballot seenByMembers = MeetingVisibility.visibleTo(Audience.MEMBER, meeting).voting().ballot();
        assertThat(seenByMembers.itemId()).isEqualTo("open");
        assertThat(seenByMembers.casts()).as("who has voted, not what").containsExactly(new Ballot.Cast("bo", null));
        Ballot seenByThePublic = MeetingVisibility.visibleTo(Audience.PUBLIC, meeting).voting().ballot();
        assertThat(seenByThePublic.itemId()).isEqualTo("open");
        assertThat(seenByThePublic.casts()).as("that a vote is open, not who has voted").isEmpty();
    }

    @Test
    void thePublicSeesNothingOfAVoteOnAClosedItem() {
        Meeting onClosed = meeting;
        append(new BallotClosed(new RecordedVote("open", RecordedVote.Kind.ELECTRONIC, List.of(), List.of("bo"),
                List.of(), new RecordedVote.Count(0, 1, 0, 1, 0))));
        append(new BallotOpened("closed", true));
        append(new BallotCast("closed", "anna", null));

        Meeting seen = MeetingVisibility.visibleTo(Audience.PUBLIC, meeting);
        assertThat(seen.voting().ballot()).isNull();
        assertThat(seen.voting().votes()).extracting(RecordedVote::itemId).containsExactly("open");
        assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, meeting).voting().ballot().itemId())
                .isEqualTo("closed");
        assertThat(MeetingVisibility.visibleTo(Audience.PUBLIC, onClosed).voting().votes()).isEmpty();
    }

    @Test
    void eachAudiencesEventsBuildTheCopyItMaySee() {
        assertThat(events).filteredOn(event -> MeetingVisibility.isWithheldFrom(Audience.PUBLIC, event))
                .as("each ballot cast, on an open item as on a closed one").extracting(MeetingEvent::seq)
                .containsExactly(3L, 6L);
        assertThat(events).noneMatch(event -> MeetingVisibility.isWithheldFrom(Audience.MEMBER, event)
                || MeetingVisibility.isWithheldFrom(Audience.SECRETARIAT, event));
        List<MeetingEvent> forPublic = events.stream()
                .filter(event -> !MeetingVisibility.isWithheldFrom(Audience.PUBLIC, event))
                .map(event -> MeetingVisibility.visibleTo(Audience.PUBLIC, event, meeting)).toList();
        assertThat(forPublic.subList(1, 3)).extracting(MeetingEvent::change).containsExactly(
                new BallotOpened(null, null), new BallotClosed(null));
        assertThat(forPublic.subList(1, 3)).allMatch(event -> event.at() == null && event.actor() == null);
        assertThat(forPublic.get(3).change()).isEqualTo(new BallotOpened("open", false));
        assertThat(forPublic.get(3).at()).isEqualTo(AT);

        List<MeetingEvent> forMembers = events.stream()
                .map(event -> MeetingVisibility.visibleTo(Audience.MEMBER, event, meeting)).toList();
        assertThat(forMembers.get(5).change()).isEqualTo(new BallotCast("open", "bo", null));
        assertThat(forMembers.get(3).change()).as("the result, once closed, is everyone's who sees the item")
                .isEqualTo(events.get(3).change());

        assertThat(MeetingProjection.applyAll(null, inSequence(forPublic)).voting())
                .as("renumbered, the opening's seq moved").usingRecursiveComparison().ignoringFields("ballot.openedSeq")
                .isEqualTo(MeetingVisibility.visibleTo(Audience.PUBLIC, meeting).voting());
        assertThat(MeetingProjection.applyAll(null, forMembers).voting())
                .isEqualTo(MeetingVisibility.visibleTo(Audience.MEMBER, meeting).voting());
        assertThat(events.stream().map(event -> MeetingVisibility.visibleTo(Audience.SECRETARIAT, event, meeting)))
                .containsExactlyElementsOf(events);
    }

    /**
     * The events renumbered one after another, as the projection (strict, as the server's must be) takes them: the
     * public is not sent each ballot cast, and a client applies what it is sent in order.
     */
    private static List<MeetingEvent> inSequence(List<MeetingEvent> received) {
        return IntStream.range(0, received.size()).mapToObj(i -> new MeetingEvent(received.get(i).meetingId(), i + 1,
                received.get(i).at(), received.get(i).actor(), received.get(i).change())).toList();
    }

    private void append(MeetingChange change) {
        MeetingEvent event = new MeetingEvent("m1", events.size() + 1, AT, "mette", change);
        events.add(event);
        meeting = MeetingProjection.apply(meeting, event);
    }

    private static AgendaItem item(String id, int number, Visibility visibility) {
        return new AgendaItem(id, number, "Punkt " + id, ItemKind.REGULAR, visibility, null, List.of(), List.of(),
                null, false);
    }
}
