package dk.plenum.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.AttendanceMarked;
import dk.plenum.meeting.MeetingChanges.PlannedDepartureSet;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.PlannedDeparture;
import dk.plenum.meeting.Visibility;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attendance notes rules of {@link MeetingVisibility}: an apology's reason is the secretariat's and its author's,
 * a planned early departure the council's (members and secretariat); the public gets neither, in the meeting or in
 * any event.
 */
class AttendanceNotesVisibilityTest {

    private static final Instant AT = Instant.parse("2024-02-29T16:00:00Z");
    private static final PlannedDeparture AT_SIX = new PlannedDeparture(Instant.parse("2024-02-29T17:00:00Z"), null);

    private Meeting meeting = MeetingProjection.apply(null, new MeetingEvent("m1", 1, AT, "sekretariat",
            new MeetingScheduled("c1", "Erhvervsrådet", "Møde", MeetingKind.ORDINARY, AT, null, null,
                    List.of(Participant.summoned("thomas", "Thomas", MemberRole.MEMBER),
                            Participant.summoned("kirsten", "Kirsten", MemberRole.MEMBER)),
                    List.of(new AgendaItem("open", 1, "Punkt", ItemKind.REGULAR, Visibility.OPEN, null, List.of(),
                            List.of(), null, false)))));

    @Test
    void anApologysReasonIsTheSecretariatsAndItsAuthorsAndAPlannedDepartureNotThePublics() {
        apply(new AttendanceMarked("thomas", AttendanceStatus.APOLOGY, null, "Syg."));
        apply(new AttendanceMarked("kirsten", AttendanceStatus.PRESENT, null));
        apply(new PlannedDepartureSet("kirsten", AT_SIX));

        Meeting secretariat = MeetingVisibility.visibleTo(Audience.SECRETARIAT, meeting);
        assertThat(secretariat.participant("thomas").orElseThrow().apologyReason()).isEqualTo("Syg.");
        assertThat(secretariat.participant("kirsten").orElseThrow().plannedDeparture()).isEqualTo(AT_SIX);

        Meeting author = MeetingVisibility.visibleTo(Audience.MEMBER, meeting, "thomas");
        assertThat(author.participant("thomas").orElseThrow().apologyReason()).isEqualTo("Syg.");
        Meeting otherMember = MeetingVisibility.visibleTo(Audience.MEMBER, meeting, "kirsten");
        assertThat(otherMember.participant("thomas").orElseThrow().apologyReason()).isNull();
        assertThat(otherMember.participant("thomas").orElseThrow().attendance()).isEqualTo(AttendanceStatus.APOLOGY);
        assertThat(otherMember.participant("kirsten").orElseThrow().plannedDeparture()).isEqualTo(AT_SIX);
        assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, meeting).participant("thomas").orElseThrow()
                .apologyReason()).as("the members' shared copy").isNull();

        Meeting thePublic = MeetingVisibility.visibleTo(Audience.PUBLIC, meeting);
        assertThat(thePublic.participants()).allMatch(person -> person.apologyReason() == null
                && person.plannedDeparture() == null);
        assertThat(thePublic.participant("thomas").orElseThrow().attendance()).isEqualTo(AttendanceStatus.APOLOGY);
    }

    @Test
    void eventsCarryAnApologysReasonToTheSecretariatOnlyAndAPlannedDepartureNotToThePublic() {
        MeetingEvent apology = apply(new AttendanceMarked("thomas", AttendanceStatus.APOLOGY, null, "Syg."));
        apply(new AttendanceMarked("kirsten", AttendanceStatus.PRESENT, null));
        MeetingEvent departure = apply(new PlannedDepartureSet("kirsten", AT_SIX));

        assertThat(MeetingVisibility.visibleTo(Audience.SECRETARIAT, apology, meeting)).isEqualTo(apology);
        for (Audience audience : List.of(Audience.MEMBER, Audience.PUBLIC)) {
            assertThat(MeetingVisibility.visibleTo(audience, apology, meeting).change()).as(audience.name())
                    .isEqualTo(new AttendanceMarked("thomas", AttendanceStatus.APOLOGY, null, null));
        }

        assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, departure, meeting)).isEqualTo(departure);
        MeetingEvent forThePublic = MeetingVisibility.visibleTo(Audience.PUBLIC, departure, meeting);
        assertThat(forThePublic.change()).isEqualTo(new PlannedDepartureSet(null, null));
        assertThat(forThePublic.at()).isNull();
        assertThat(forThePublic.seq()).isEqualTo(departure.seq());
    }

    @Test
    void aReasonGoesWithItsApologyAndAPlannedDepartureWithBeingPresent() {
        apply(new AttendanceMarked("thomas", AttendanceStatus.APOLOGY, null, "Syg."));
        apply(new AttendanceMarked("thomas", AttendanceStatus.EXPECTED, null));
        assertThat(meeting.participant("thomas").orElseThrow().apologyReason()).as("taken back").isNull();

        apply(new AttendanceMarked("kirsten", AttendanceStatus.PRESENT, null));
        apply(new PlannedDepartureSet("kirsten", AT_SIX));
        apply(new AttendanceMarked("kirsten", AttendanceStatus.PRESENT, null));
        assertThat(meeting.participant("kirsten").orElseThrow().plannedDeparture()).as("marked present again")
                .isEqualTo(AT_SIX);
        apply(new AttendanceMarked("kirsten", AttendanceStatus.LEFT, null));
        assertThat(meeting.participant("kirsten").orElseThrow().plannedDeparture()).as("gone").isNull();
    }

    private MeetingEvent apply(MeetingChange change) {
        MeetingEvent event = new MeetingEvent("m1", meeting.lastSeq() + 1, AT, "thomas", change);
        meeting = MeetingProjection.apply(meeting, event);
        return event;
    }
}
