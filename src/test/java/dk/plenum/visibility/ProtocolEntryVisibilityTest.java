package dk.plenum.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.AttendanceMarked;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.ProtocolEntry;
import dk.plenum.meeting.ProtocolEntryChanges.ProtocolEntryAccepted;
import dk.plenum.meeting.ProtocolEntryChanges.ProtocolEntryRefused;
import dk.plenum.meeting.ProtocolEntryChanges.ProtocolEntryRequested;
import dk.plenum.meeting.Visibility;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The protocol entry rules of {@link MeetingVisibility}, for the meeting and for each event, audience by audience. */
class ProtocolEntryVisibilityTest {

    private static final Instant AT = Instant.parse("2024-02-29T16:00:00Z");

    private Meeting meeting = MeetingProjection.apply(null, new MeetingEvent("m1", 1, AT, "sekretariat",
            new MeetingScheduled("c1", "Erhvervsrådet", "Møde", MeetingKind.ORDINARY, AT, null, null, List.of(),
                    List.of(item("open", Visibility.OPEN), item("closed", Visibility.CLOSED)))));

    @Test
    void theMeetingShowsPendingAndRefusedEntriesToTheirAuthorAndTheSecretariatOnly() {
        apply(new ProtocolEntryRequested("pending", "open", "kirsten", "Afventer"));
        apply(new ProtocolEntryRequested("refused", "open", "kirsten", "Afvist"));
        apply(new ProtocolEntryRefused("refused", "Ikke relevant"));
        apply(new ProtocolEntryRequested("open-accepted", "open", "thomas", "Åben"));
        apply(new ProtocolEntryAccepted("open-accepted", "open", "thomas", "Åben"));
        apply(new ProtocolEntryRequested("closed-accepted", "closed", "thomas", "Lukket"));
        apply(new ProtocolEntryAccepted("closed-accepted", "closed", "thomas", "Lukket"));

        assertThat(ids(MeetingVisibility.visibleTo(Audience.SECRETARIAT, meeting)))
                .containsExactly("pending", "refused", "open-accepted", "closed-accepted");
        assertThat(ids(MeetingVisibility.visibleTo(Audience.MEMBER, meeting, "kirsten")))
                .containsExactly("pending", "refused", "open-accepted", "closed-accepted");
        assertThat(ids(MeetingVisibility.visibleTo(Audience.MEMBER, meeting, "thomas")))
                .containsExactly("open-accepted", "closed-accepted");
        assertThat(ids(MeetingVisibility.visibleTo(Audience.MEMBER, meeting)))
                .containsExactly("open-accepted", "closed-accepted");
        assertThat(ids(MeetingVisibility.visibleTo(Audience.PUBLIC, meeting, "kirsten")))
                .containsExactly("open-accepted");
    }

    @Test
    void theChairWhilePresentAlsoSeesTheEntriesWaitingForADecision() {
        meeting = MeetingProjection.apply(null, new MeetingEvent("m1", 1, AT, "sekretariat",
                new MeetingScheduled("c1", "Erhvervsrådet", "Møde", MeetingKind.ORDINARY, AT, null, null,
                        List.of(new Participant("lasse", "Lasse", MemberRole.CHAIR, AttendanceStatus.PRESENT, null),
                                new Participant("kirsten", "Kirsten", MemberRole.MEMBER, AttendanceStatus.PRESENT,
                                        null)),
                        List.of(item("open", Visibility.OPEN)))));
        apply(new ProtocolEntryRequested("pending", "open", "kirsten", "Afventer"));
        apply(new ProtocolEntryRequested("refused", "open", "kirsten", "Afvist"));
        apply(new ProtocolEntryRefused("refused", "Ikke relevant"));

        assertThat(ids(MeetingVisibility.visibleTo(Audience.MEMBER, meeting, "lasse"))).containsExactly("pending");
        assertThat(ids(MeetingVisibility.visibleTo(Audience.MEMBER, meeting, "kirsten")))
                .containsExactly("pending", "refused");
        apply(new AttendanceMarked("lasse", AttendanceStatus.LEFT, null));
        assertThat(ids(MeetingVisibility.visibleTo(Audience.MEMBER, meeting, "lasse"))).as("the chair, gone").isEmpty();
    }

    @Test
    void eventsTellMembersThatAnEntryWasAskedForButNotByWhomOrWhatAndThePublicNothing() {
        MeetingEvent requested = apply(new ProtocolEntryRequested("e1", "open", "kirsten", "Tekst"));
        MeetingEvent refused = apply(new ProtocolEntryRefused("e1", "Begrundelse"));

        assertThat(MeetingVisibility.visibleTo(Audience.SECRETARIAT, requested, meeting)).isEqualTo(requested);
        MeetingEvent forMembers = MeetingVisibility.visibleTo(Audience.MEMBER, requested, meeting);
        assertThat(forMembers.change()).isEqualTo(new ProtocolEntryRequested("e1", "open", null, null));
        assertThat(forMembers.actor()).as("the actor of a request is its author").isNull();
        assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, refused, meeting).change())
                .isEqualTo(new ProtocolEntryRefused("e1", null));

        MeetingEvent forThePublic = MeetingVisibility.visibleTo(Audience.PUBLIC, requested, meeting);
        assertThat(forThePublic.change()).isEqualTo(new ProtocolEntryRequested(null, null, null, null));
        assertThat(forThePublic.at()).isNull();
        assertThat(MeetingVisibility.visibleTo(Audience.PUBLIC, refused, meeting).change())
                .isEqualTo(new ProtocolEntryRefused(null, null));
    }

    @Test
    void anAcceptedEntryIsThePublicsOnlyOnAnOpenItem() {
        MeetingEvent open = apply(new ProtocolEntryAccepted("e1", "open", "kirsten", "Åben tekst"));
        MeetingEvent closed = apply(new ProtocolEntryAccepted("e2", "closed", "kirsten", "Lukket tekst"));

        assertThat(MeetingVisibility.visibleTo(Audience.PUBLIC, open, meeting).change()).isEqualTo(open.change());
        MeetingEvent closedForThePublic = MeetingVisibility.visibleTo(Audience.PUBLIC, closed, meeting);
        assertThat(closedForThePublic.change()).isEqualTo(new ProtocolEntryAccepted(null, null, null, null));
        assertThat(closedForThePublic.at()).isNull();
        assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, closed, meeting)).isEqualTo(closed);
    }

    private MeetingEvent apply(MeetingChange change) {
        MeetingEvent event = new MeetingEvent("m1", meeting.lastSeq() + 1, AT, "kirsten", change);
        meeting = MeetingProjection.apply(meeting, event);
        return event;
    }

    private static List<String> ids(Meeting visible) {
        return visible.protocolEntries().stream().map(ProtocolEntry::id).toList();
    }

    private static AgendaItem item(String id, Visibility visibility) {
        return new AgendaItem(id, 1, "Punkt " + id, ItemKind.REGULAR, visibility, null, List.of(), List.of(), null,
                false);
    }
}
