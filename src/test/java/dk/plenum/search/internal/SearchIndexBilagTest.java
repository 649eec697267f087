package dk.plenum.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AttachmentChanges.AttachmentReplaced;
import dk.plenum.meeting.AttachmentChanges.AttachmentsAdded;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.ItemEdited;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.meeting.Visibility;
import dk.plenum.support.TestMeetings;
import dk.plenum.visibility.Audience;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The index's part of search in Bilag, without the store: a meeting indexed with its Bilag already there (as at
 * start) is found by a page's words, each file's text is read once however often the meeting changes, an item
 * closed later hides its Bilag from the public at once, a replaced file's words go with it, and which page a
 * hit opens at.
 */
class SearchIndexBilagTest {

    private static final String ITEM = TestMeetings.ITEM_ID;

    private final Map<String, List<String>> texts = Map.of(
            "file1", List.of("Forside", "Indhold", "Havnens udvikling"),
            "file2", List.of("Ny plan for turisme"));
    private final List<String> read = new ArrayList<>();
    private final SearchIndex index = new SearchIndex(attachment -> {
        read.add(attachment.fileId());
        return texts.get(attachment.fileId());
    });
    private Meeting meeting = MeetingProjection.apply(null, event(TestMeetings.scheduled()));

    @Test
    void aBilagAlreadyThereWhenTheMeetingIsFirstIndexedIsFoundAtItsPage() {
        change(new AttachmentsAdded(ITEM, List.of(new Attachment("b1", "Havneplan", Visibility.OPEN, "file1", 3,
                1000L, "sha"))));
        index.put(meeting);

        List<SearchIndex.Entry> found = index.search("havnen", any -> Audience.PUBLIC, 50);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).bilag().name()).isEqualTo("Havneplan");
        assertThat(SearchIndex.pageHolding(texts.get("file1"), "havnen")).isEqualTo(3);
    }

    @Test
    void anItemClosedLaterHidesItsBilagFromThePublicAndEachFileIsReadOnce() {
        index.put(meeting);
        change(new AttachmentsAdded(ITEM, List.of(new Attachment("b1", "Havneplan", Visibility.OPEN, "file1", 3,
                1000L, "sha"))));
        index.put(meeting);
        assertThat(index.search("havnens", any -> Audience.PUBLIC, 50)).hasSize(1);

        change(new ItemEdited(ITEM, "Velkomst", ItemKind.REGULAR, Visibility.CLOSED, false, null, List.of()));
        index.put(meeting);

        assertThat(index.search("havnens", any -> Audience.PUBLIC, 50)).as("the public").isEmpty();
        assertThat(index.search("havnens", any -> Audience.MEMBER, 50)).as("a member").hasSize(1);
        assertThat(read).containsExactly("file1");
    }

    @Test
    void aReplacedFilesWordsGoWithIt() {
        change(new AttachmentsAdded(ITEM, List.of(new Attachment("b1", "Havneplan", Visibility.OPEN, "file1", 3,
                1000L, "sha"))));
        index.put(meeting);

        change(new AttachmentReplaced(ITEM, "b1", "file2", 1, 500L, "sha2"));
        index.put(meeting);

        assertThat(index.search("havnens", any -> Audience.SECRETARIAT, 50)).isEmpty();
        assertThat(index.search("turisme", any -> Audience.PUBLIC, 50)).extracting(entry -> entry.bilag().fileId())
                .containsExactly("file2");
    }

    private void change(MeetingChange change) {
        meeting = MeetingProjection.apply(meeting, new MeetingEvent(meeting.id(), meeting.lastSeq() + 1,
                Instant.now(), "sekretariat", change));
    }

    @Test
    void aHitOpensAtTheFirstPageHoldingEveryWordElseAnyElseTheFirst() {
        List<String> pages = List.of("Forside", "Havnens økonomi", "Havnens udvikling og turisme");

        assertThat(SearchIndex.pageHolding(pages, "havn turis")).as("every word, each by its start").isEqualTo(3);
        assertThat(SearchIndex.pageHolding(pages, "forside turisme")).as("on no one page: the first with any")
                .isEqualTo(1);
        assertThat(SearchIndex.pageHolding(List.of(), "havn")).as("a Bilag without text").isEqualTo(1);
    }

    private static MeetingEvent event(MeetingChange first) {
        return new MeetingEvent("m1", 1, Instant.now(), "sekretariat", first);
    }
}
