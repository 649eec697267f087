package dk.plenum.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.SpeakerChanges.FloorGiven;
import dk.plenum.meeting.SpeakerChanges.ItemSpeakingTimeSet;
import dk.plenum.meeting.SpeakerChanges.MeetingSpeakingTimeSet;
import dk.plenum.meeting.SpeakerChanges.SpeakerRequested;
import dk.plenum.meeting.SpeakerList;
import dk.plenum.meeting.SpeakerLists;
import dk.plenum.meeting.Visibility;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the public sees of the speaker lists: an open item's whole, a closed item's nothing, in the meeting and its events. */
class SpeakerVisibilityTest {

    private static final Instant AT = Instant.parse("2026-11-29T09:00:00Z");

    private final Meeting meeting = new Meeting("m1", "c1", "Erhvervsrådet", "Møde", MeetingKind.ORDINARY, AT, null,
            null, MeetingStatus.LIVE, List.of(), List.of(item("open", Visibility.OPEN), item("closed", Visibility.CLOSED)),
            "closed", List.of(), AT, null, null, false, 9).withSpeakers(new SpeakerLists(120, List.of(
                    new SpeakerList("open", false, null, new SpeakerList.Floor("anna", AT, 120, false),
                            List.of(new SpeakerList.Request("bo", false))),
                    new SpeakerList("closed", true, 60, new SpeakerList.Floor("carl", AT, 60, false),
                            List.of(new SpeakerList.Request("dora", true))))));

    @Test
    void thePublicMeetingHasTheOpenItemsListOnly() {
        SpeakerLists seen = MeetingVisibility.visibleTo(Audience.PUBLIC, meeting).speakers();

        assertThat(seen.lists()).extracting(SpeakerList::itemId).containsExactly("open");
        assertThat(seen.limitSeconds()).isEqualTo(120);
        assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, meeting).speakers().lists()).hasSize(2);
    }

    @Test
    void aClosedItemsSpeakerEventsReachThePublicEmptyAndUndated() {
        for (var change : List.of(new SpeakerRequested("closed", "dora", true), new FloorGiven("closed", "carl"),
                new ItemSpeakingTimeSet("closed", 60))) {
            MeetingEvent seen = MeetingVisibility.visibleTo(Audience.PUBLIC, new MeetingEvent("m1", 5, AT, "mette",
                    change), meeting);
            assertThat(seen.change()).as(change.type()).hasAllNullFieldsOrPropertiesExcept("reply")
                    .isInstanceOf(change.getClass());
            assertThat(seen.at()).isNull();
            assertThat(seen.actor()).isNull();
        }
    }

    @Test
    void anOpenItemsAndTheMeetingsSpeakerEventsReachThePublicWhole() {
        for (var change : List.of(new SpeakerRequested("open", "bo", false), new MeetingSpeakingTimeSet(120))) {
            MeetingEvent seen = MeetingVisibility.visibleTo(Audience.PUBLIC, new MeetingEvent("m1", 5, AT, "mette",
                    change), meeting);
            assertThat(seen.change()).isEqualTo(change);
            assertThat(seen.at()).isEqualTo(AT);
        }
    }

    private static AgendaItem item(String id, Visibility visibility) {
        return new AgendaItem(id, 1, "Title " + id, ItemKind.REGULAR, visibility, null, List.of(), List.of(), null,
                false);
    }
}
