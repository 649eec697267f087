package dk.plenum.minutes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.AttendanceMarked;
import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.meeting.MeetingChanges.MeetingStarted;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.RecordedVote;
import dk.plenum.meeting.Translations;
import dk.plenum.meeting.Visibility;
import dk.plenum.meeting.VotingChanges.ConflictOfInterestDeclared;
import dk.plenum.meeting.VotingChanges.VoteRecorded;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The minutes print votes, conflicts of interest, a decision without quorum and named dissenters, in Danish and English. */
class VotingMinutesTest {

    private static final Instant AT = Instant.parse("2024-02-29T10:00:00Z");
    private static final List<String> NAMES = List.of("Anna", "Bo", "Cecilie", "Dorte", "Erik", "Frida", "Gustav");
    private static final List<String> PARTIES = List.of("A", "A", "C", "V", "F", "Ø", "O");

    private Meeting meeting;
    private long seq;

    VotingMinutesTest() {
        List<Participant> participants = new ArrayList<>();
        for (int index = 0; index < NAMES.size(); index++) {
            participants.add(Participant.summoned(NAMES.get(index).toLowerCase(), NAMES.get(index),
                    index == 0 ? MemberRole.CHAIR : MemberRole.MEMBER, PARTIES.get(index)));
        }
        participants.add(Participant.summoned("hans", "Hans Uden Parti", MemberRole.MEMBER));
        append(new MeetingScheduled("c1", "Byrådet", "Byrådsmøde", MeetingKind.ORDINARY, AT, null, "Byrådssalen",
                participants, List.of(item("i1", 1, Visibility.OPEN), item("i2", 2, Visibility.OPEN),
                        item("i3", 3, Visibility.CLOSED), item("i4", 4, Visibility.OPEN))));
        append(new MeetingStarted());
        participants.forEach(participant -> append(new AttendanceMarked(participant.memberId(),
                AttendanceStatus.PRESENT, null)));
        append(new ConflictOfInterestDeclared("i1", "bo"));
        append(new VoteRecorded(new RecordedVote("i1", RecordedVote.Kind.BY_GROUP,
                List.of("anna", "cecilie", "dorte"), List.of("erik", "frida"), List.of("gustav", "hans"))));
        append(new DecisionRecorded("i1", decision(false, List.of("F", "Ø"), List.of())));
        append(new VoteRecorded(new RecordedVote("i2", RecordedVote.Kind.UNANIMOUS,
                List.of("anna", "bo", "cecilie", "dorte", "erik", "frida", "gustav", "hans"), List.of(), List.of())));
        append(new DecisionRecorded("i2", decision(true, List.of(), List.of("erik"))));
        append(new ConflictOfInterestDeclared("i3", "cecilie"));
        append(new VoteRecorded(new RecordedVote("i3", RecordedVote.Kind.BY_MEMBER, List.of("anna"), List.of("bo"),
                List.of())));
        append(new VoteRecorded(new RecordedVote("i4", RecordedVote.Kind.BY_MEMBER, List.of(), List.of(),
                List.of("anna"))));
    }

    @Test
    void theDanishMinutesPrintTheVoteTheConflictAndTheDissentersAsCouncilsWriteThem() {
        String markdown = MinutesMarkdown.render(MinutesComposer.compose(meeting, true, Translations.DANISH));

        assertThat(markdown).contains("Bo deltog ikke i behandlingen af punktet pga. inhabilitet.",
                "For stemte 3 (A, C, V). Imod stemte 2 (F, Ø). Undlod at stemme 2 (O, Hans Uden Parti).",
                "F+Ø kan ikke tiltræde indstillingen.",
                "Enstemmigt vedtaget (8 stemte for).",
                "Beslutningen blev truffet, uden at rådet var beslutningsdygtigt.",
                "Erik kan ikke tiltræde indstillingen.",
                "Cecilie deltog ikke i behandlingen af punktet pga. inhabilitet.",
                "For stemte 1 (Anna). Imod stemte 1 (Bo).",
                "Ingen stemte for. Undlod at stemme 1 (Anna).");
        assertThat(markdown.indexOf("Bo deltog ikke")).as("the conflict before the vote, both after the decision's text")
                .isGreaterThan(markdown.indexOf("Godkendt.")).isLessThan(markdown.indexOf("For stemte 3"));
    }

    @Test
    void theEnglishMinutesSayTheSameInEnglishInEveryFormat() {
        MinutesDocument minutes = MinutesComposer.compose(meeting, true, Locale.ENGLISH);
        String html = MinutesHtml.render(minutes);
        String markdown = MinutesMarkdown.render(minutes);

        for (String format : List.of(html, markdown)) {
            assertThat(format).contains("Bo did not take part in the item due to a conflict of interest.",
                    "In favour 3 (A, C, V). Against 2 (F, Ø). Abstained 2 (O, Hans Uden Parti).",
                    "F+Ø cannot support the recommendation.",
                    "Adopted unanimously (8 in favour).",
                    "The decision was made while the council was not quorate.");
        }
    }

    @Test
    void thePublicEditionPrintsNothingOfAClosedItemsVoteOrConflicts() {
        String markdown = MinutesMarkdown.render(MinutesComposer.compose(
                MeetingVisibility.visibleTo(Audience.PUBLIC, meeting), false, Translations.DANISH));

        assertThat(markdown).contains("For stemte 3 (A, C, V).", "Bo deltog ikke i behandlingen")
                .doesNotContain("Cecilie deltog ikke", "For stemte 1 (Anna)");
    }

    private void append(MeetingChange change) {
        meeting = MeetingProjection.apply(meeting, new MeetingEvent("m1", ++seq, AT, "mette", change));
    }

    private static Decision decision(boolean withoutQuorum, List<String> parties, List<String> members) {
        return new Decision(DecisionOutcome.APPROVED, "Godkendt.", null, null, List.of(), AT, "mette", 1, List.of(),
                withoutQuorum, parties, members);
    }

    private static AgendaItem item(String id, int number, Visibility visibility) {
        return new AgendaItem(id, number, "Punkt " + number, ItemKind.REGULAR, visibility, null, List.of(), List.of(),
                null, false);
    }
}
