package dk.plenum.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.RoundTablePost;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingVisibilityTest {

    private static final String SECRET = "SECRET-MARKER-7f3a";

    private final Meeting meeting = new Meeting("m1", "c1", "Erhvervsrådet", "Møde", MeetingKind.ORDINARY,
            Instant.parse("2024-02-29T09:30:00Z"), null, null, MeetingStatus.SCHEDULED, List.of(),
            List.of(item("open", Visibility.OPEN), item("closed", Visibility.CLOSED),
                    item("untitled", Visibility.CLOSED)), null,
            List.of(post("p-open", "open"), post("p-closed", "closed")), null, null, null, 1);

    @Test
    void thePublicSeesAClosedItemOnlyAsNumberAndTitle() {
        AgendaItem closed = MeetingVisibility.visibleTo(Audience.PUBLIC, meeting).item("closed").orElseThrow();

        assertThat(closed.title()).isEqualTo("Title closed");
        assertThat(closed.number()).isEqualTo(2);
        assertThat(closed.toString()).doesNotContain(SECRET);
    }

    @Test
    void thePublicSeesNoPostsUnderAClosedItemInTheMeetingOrInItsEvents() {
        Meeting seen = MeetingVisibility.visibleTo(Audience.PUBLIC, meeting);
        MeetingEvent posted = new MeetingEvent("m1", 2, Instant.EPOCH, "kirsten",
                new MeetingChanges.RoundTablePosted(post("p-closed", "closed")));
        MeetingEvent edited = new MeetingEvent("m1", 3, Instant.EPOCH, "kirsten",
                new MeetingChanges.RoundTablePostEdited("p-closed", "Edited " + SECRET));

        assertThat(seen.roundTable()).extracting(RoundTablePost::id).containsExactly("p-open");
        assertThat(MeetingVisibility.visibleTo(Audience.PUBLIC, posted, meeting).toString()).doesNotContain(SECRET);
        assertThat(MeetingVisibility.visibleTo(Audience.PUBLIC, edited, meeting).toString()).doesNotContain(SECRET);
        assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, edited, meeting)).isEqualTo(edited);
    }

    @Test
    void thePublicSeesAClosedItemWhoseTitleIsHiddenOnlyAsItsNumber() {
        AgendaItem untitled = MeetingVisibility.visibleTo(Audience.PUBLIC, meeting).item("untitled").orElseThrow();

        assertThat(untitled.title()).isNull();
        assertThat(untitled.number()).isEqualTo(2);
        assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, meeting).item("untitled").orElseThrow().title())
                .isEqualTo("Title untitled");
    }

    @Test
    void thePublicSeesOpenItemsWhole() {
        AgendaItem open = MeetingVisibility.visibleTo(Audience.PUBLIC, meeting).item("open").orElseThrow();

        assertThat(open).isEqualTo(meeting.item("open").orElseThrow());
    }

    @Test
    void membersAndTheSecretariatSeeEverything() {
        assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, meeting)).isEqualTo(meeting);
        assertThat(MeetingVisibility.visibleTo(Audience.SECRETARIAT, meeting)).isEqualTo(meeting);
    }

    private static RoundTablePost post(String id, String itemId) {
        return new RoundTablePost(id, itemId, "member", "News " + itemId + " " + SECRET, Instant.EPOCH, false);
    }

    private static AgendaItem item(String id, Visibility visibility) {
        int number = visibility == Visibility.OPEN ? 1 : 2;
        return new AgendaItem(id, number, "Title " + id, ItemKind.REGULAR, visibility, "Presenter " + SECRET,
                List.of(new Section("Baggrund", "Body " + SECRET)),
                List.of(new Attachment("a-" + id, "Bilag " + SECRET, Visibility.OPEN)), null,
                id.equals("untitled"));
    }
}
