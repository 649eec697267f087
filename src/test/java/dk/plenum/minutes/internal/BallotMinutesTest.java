package dk.plenum.minutes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.BallotChanges.BallotCast;
import dk.plenum.meeting.BallotChanges.BallotClosed;
import dk.plenum.meeting.BallotChanges.BallotOpened;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.AttendanceMarked;
import dk.plenum.meeting.MeetingChanges.MeetingStarted;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.RecordedVote;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.meeting.Translations;
import dk.plenum.meeting.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The minutes print an electronic vote member by member and a secret ballot by its counts, in Danish and English. */
class BallotMinutesTest {

    private static final Instant AT = Instant.parse("2024-02-29T10:00:00Z");

    private Meeting meeting;
    private long seq;

    BallotMinutesTest() {
        List<Participant> participants = List.of(Participant.summoned("anna", "Anna", MemberRole.CHAIR, "A"),
                Participant.summoned("bo", "Bo", MemberRole.MEMBER, "V"),
                Participant.summoned("cecilie", "Cecilie", MemberRole.MEMBER, "V"));
        append(new MeetingScheduled("c1", "Byrådet", "Byrådsmøde", MeetingKind.ORDINARY, AT, null, "Byrådssalen",
                participants, List.of(item("i1", 1), item("i2", 2))));
        append(new MeetingStarted());
        participants.forEach(participant -> append(new AttendanceMarked(participant.memberId(),
                AttendanceStatus.PRESENT, null)));
        append(new BallotOpened("i1", false));
        append(new BallotCast("i1", "anna", Choice.FOR));
        append(new BallotCast("i1", "bo", Choice.AGAINST));
        append(new BallotClosed(new RecordedVote("i1", RecordedVote.Kind.ELECTRONIC, List.of("anna"), List.of("bo"),
                List.of(), new RecordedVote.Count(1, 1, 0, 1, 0))));
        append(new BallotOpened("i2", true));
        append(new BallotCast("i2", "anna", null));
        append(new BallotCast("i2", "bo", null));
        append(new BallotCast("i2", "cecilie", null));
        append(new BallotClosed(new RecordedVote("i2", RecordedVote.Kind.SECRET, List.of(), List.of(), List.of(),
                new RecordedVote.Count(2, 0, 1, 0, 0))));
    }

    @Test
    void theMinutesPrintANamedVoteByNameAndASecretBallotByItsCountsOnly() {
        String danish = MinutesMarkdown.render(MinutesComposer.compose(meeting, true, Translations.DANISH));
        assertThat(danish).contains("For stemte 1 (Anna). Imod stemte 1 (Bo). 1 stemte ikke.",
                "Ved hemmelig afstemning stemte 2 for, 0 imod og 1 undlod at stemme.");

        MinutesDocument english = MinutesComposer.compose(meeting, true, Locale.ENGLISH);
        for (String format : List.of(MinutesHtml.render(english), MinutesMarkdown.render(english))) {
            assertThat(format).contains("In favour 1 (Anna). Against 1 (Bo). 1 did not vote.",
                    "By secret ballot 2 voted for, 0 against and 1 abstained.");
        }
    }

    private void append(MeetingChange change) {
        meeting = MeetingProjection.apply(meeting, new MeetingEvent("m1", ++seq, AT, "mette", change));
    }

    private static AgendaItem item(String id, int number) {
        return new AgendaItem(id, number, "Punkt " + id, ItemKind.REGULAR, Visibility.OPEN, null, List.of(), List.of(),
                null, false);
    }
}
