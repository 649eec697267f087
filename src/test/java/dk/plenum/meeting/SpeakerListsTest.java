package dk.plenum.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.SpeakerChanges.FloorEnded;
import dk.plenum.meeting.SpeakerChanges.FloorGiven;
import dk.plenum.meeting.SpeakerChanges.ItemSpeakingTimeSet;
import dk.plenum.meeting.SpeakerChanges.SpeakerRequested;
import dk.plenum.meeting.SpeakerChanges.SpeakersReordered;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the projection keeps an item's list of speakers: replies first, the floor's limit fixed when it is given. */
class SpeakerListsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");

    @Test
    void aReplyWaitsAfterTheRepliesBeforeItAndBeforeEveryoneElse() {
        SpeakerLists lists = SpeakerLists.NONE
                .after(new SpeakerRequested("i1", "a", false), NOW)
                .after(new SpeakerRequested("i1", "b", false), NOW)
                .after(new SpeakerRequested("i1", "c", true), NOW)
                .after(new SpeakerRequested("i1", "d", true), NOW);

        assertThat(waiting(lists)).containsExactly("c", "d", "a", "b");
        assertThat(waiting(lists.after(new SpeakersReordered("i1", List.of("b", "a", "d", "c")), NOW)))
                .containsExactly("b", "a", "d", "c");
    }

    @Test
    void theFloorKeepsTheLimitItWasGivenWithAndTheListsOfOtherItemsStay() {
        SpeakerLists lists = SpeakerLists.NONE.withLimit(180)
                .after(new SpeakerRequested("i2", "x", false), NOW)
                .after(new SpeakerRequested("i1", "a", true), NOW)
                .after(new FloorGiven("i1", "a"), NOW);
        SpeakerList.Floor floor = lists.of("i1").floor();
        assertThat(floor.reply()).isTrue();
        assertThat(floor.endsAt()).contains(NOW.plusSeconds(180));

        SpeakerLists later = lists.after(new ItemSpeakingTimeSet("i1", 60), NOW).withLimit(null);
        assertThat(later.of("i1").floor().endsAt()).as("set after the floor was given").contains(NOW.plusSeconds(180));
        assertThat(later.after(new FloorEnded("i1"), NOW).of("i1").floor()).isNull();
        assertThat(waiting(later, "i2")).containsExactly("x");
    }

    @Test
    void thePublicsEmptyCopyOfAClosedItemsChangeChangesNothing() {
        SpeakerLists lists = SpeakerLists.NONE.after(new SpeakerRequested("i1", "a", false), NOW);
        assertThat(lists.after((SpeakerChanges.ItemSpeakerChange) new SpeakerRequested("i1", "b", false).hidden(),
                NOW)).isEqualTo(lists);
    }

    private static List<String> waiting(SpeakerLists lists) {
        return waiting(lists, "i1");
    }

    private static List<String> waiting(SpeakerLists lists, String itemId) {
        return lists.of(itemId).queue().stream().map(SpeakerList.Request::memberId).toList();
    }
}
