package dk.plenum.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.council.StandardItem;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Visibility;
import dk.plenum.support.PlenumTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlenumTest
class DemoDataTest {

    private static final Instant SEED_MEETING_START = Instant.parse("2024-02-29T09:30:00Z");

    @Autowired
    MeetingJournal journal;

    @Autowired
    DemoData demoData;

    @Autowired
    CouncilService councils;

    @Test
    void theEmbeddedStoreStartsWithTheErhvervsraadetMeetingOf29February2024() {
        Meeting meeting = seedMeeting();

        assertThat(meeting.councilName()).isEqualTo("Erhvervsrådet");
        assertThat(meeting.items()).extracting(item -> item.number())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(meeting.items().get(3).kind()).isEqualTo(ItemKind.ROUND_THE_TABLE);
        // The imported Bilag is a name only; the demo adds real PDFs (DemoBilag): an open one and a closed one.
        assertThat(meeting.items().get(7).attachments()).extracting(attachment -> attachment.visibility(),
                        attachment -> attachment.hasFile())
                .containsExactly(tuple(Visibility.CLOSED, false), tuple(Visibility.OPEN, true),
                        tuple(Visibility.CLOSED, true));
        assertThat(meeting.items().get(6).attachments()).extracting(attachment -> attachment.hasFile())
                .containsExactly(false, true);
        assertThat(meeting.items().get(4).sections()).extracting(section -> section.heading())
                .contains("Indstilling", "Baggrund");
        assertThat(meeting.participants()).isNotEmpty();
    }

    @Test
    void theMembersCarryPartyLettersSoAVoteByGroupsCanBeTried() {
        assertThat(seedMeeting().participants()).filteredOn(Participant::votes).extracting(Participant::party)
                .as("every voting member of the seed meeting has a party")
                .doesNotContainNull().contains("A", "C", "V", "F", "Ø", "O", "B");
        Instant now = Instant.now();
        Meeting coming = journal.findAll().stream().filter(meeting -> meeting.councilName().equals("Erhvervsrådet"))
                .filter(meeting -> meeting.startsAt().isAfter(now))
                .filter(meeting -> DemoComingMeeting.PLACE.equals(meeting.location())).findFirst().orElseThrow();
        assertThat(coming.participants()).filteredOn(Participant::votes).extracting(Participant::party)
                .as("and so has every one of the coming meeting").doesNotContainNull();
        assertThat(councils.findByName("Erhvervsrådet").orElseThrow().members())
                .filteredOn(member -> member.name().equals("Kirsten Møller Thomsen"))
                .extracting(member -> member.party()).containsExactly("V");
    }

    @Test
    void alsoLoadsTheCouncilsComingMeetingsOf2024() {
        assertThat(erhvervsraadet()).filteredOn(meeting -> meeting.startsAt().isAfter(SEED_MEETING_START))
                .extracting(Meeting::kind)
                .containsExactlyInAnyOrder(MeetingKind.THEME, MeetingKind.ORDINARY, MeetingKind.THEME);
    }

    @Test
    void loadingAgainAddsNothing() throws Exception {
        int before = journal.findAll().size();

        demoData.run(null);

        assertThat(journal.findAll()).hasSize(before);
    }

    @Test
    void theCouncilIsSetUpAndHasAPublishedMeetingInTheComingWeeks() {
        Council council = councils.findByName("Erhvervsrådet").orElseThrow();
        assertThat(council.standardItems()).isEqualTo(StandardItem.USUAL);
        assertThat(council.defaultLocation()).isEqualTo(DemoComingMeeting.PLACE);

        Instant now = Instant.now();
        Meeting coming = journal.findAll().stream().filter(meeting -> meeting.councilId().equals(council.id()))
                .filter(meeting -> meeting.startsAt().isAfter(now))
                .filter(meeting -> meeting.startsAt().isBefore(now.plus(Duration.ofDays(22))))
                .findFirst().orElseThrow();
        assertThat(coming.draft()).isFalse();
        assertThat(coming.location()).isEqualTo(DemoComingMeeting.PLACE);
        assertThat(coming.items()).extracting(AgendaItem::title).startsWith("Godkendelse af dagsorden", "Bordet rundt",
                "Eventuelt").hasSize(5);
        assertThat(coming.items()).filteredOn(item -> !item.isOpen()).hasSize(1);
    }

    private Meeting seedMeeting() {
        return erhvervsraadet().stream()
                .filter(meeting -> meeting.startsAt().equals(SEED_MEETING_START))
                .findFirst().orElseThrow();
    }

    /** The demo council's meetings of 2024 (other tests add meetings to the same store). */
    private List<Meeting> erhvervsraadet() {
        return journal.findAll().stream()
                .filter(meeting -> meeting.councilName().equals("Erhvervsrådet"))
                .filter(meeting -> meeting.startsAt().isBefore(Instant.parse("2025-01-01T00:00:00Z")))
                .toList();
    }
}
