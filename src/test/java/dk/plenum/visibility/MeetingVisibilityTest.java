package dk.plenum.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.AttachmentChanges;
import dk.plenum.meeting.Correction;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MeetingVisibilityTest {

    private static final String SECRET = "SECRET-MARKER-7f3a";

    private final Meeting meeting = new Meeting("m1", "c1", "Erhvervsrådet", "Møde", MeetingKind.ORDINARY,
            Instant.parse("2024-02-29T09:30:00Z"), null, null, MeetingStatus.SCHEDULED, List.of(),
            List.of(item("open", Visibility.OPEN), item("closed", Visibility.CLOSED),
                    item("untitled", Visibility.CLOSED)), null,
            List.of(post("p-open", "open"), post("p-closed", "closed")), null, null, null, false, 1);

    @Test
    void membersAndTheSecretariatReadEveryItemThePublicOnlyOpenOnesAndNoneThatIsNotThere() {
        for (Audience insider : List.of(Audience.MEMBER, Audience.SECRETARIAT)) {
            assertThat(MeetingVisibility.readableItem(insider, meeting, "closed")).as("%s", insider).isPresent();
            assertThat(MeetingVisibility.readableItem(insider, meeting, "open")).isPresent();
        }
        assertThat(MeetingVisibility.readableItem(Audience.PUBLIC, meeting, "open")).isPresent();
        assertThat(MeetingVisibility.readableItem(Audience.PUBLIC, meeting, "closed")).isEmpty();
        assertThat(MeetingVisibility.readableItem(Audience.MEMBER, meeting, "no-such-item")).isEmpty();
    }

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
    void thePublicSeesNeitherAuthorNorTimeNorIdOfAPostUnderAClosedItem() {
        MeetingEvent posted = new MeetingEvent("m1", 2, Instant.parse("2024-02-29T10:15:00Z"), "kirsten",
                new MeetingChanges.RoundTablePosted(post("p-closed", "closed")));
        MeetingEvent edited = new MeetingEvent("m1", 3, Instant.parse("2024-02-29T10:16:00Z"), "kirsten",
                new MeetingChanges.RoundTablePostEdited("p-closed", "Edited"));

        MeetingEvent seenPost = MeetingVisibility.visibleTo(Audience.PUBLIC, posted, meeting);
        MeetingEvent seenEdit = MeetingVisibility.visibleTo(Audience.PUBLIC, edited, meeting);

        assertThat(seenPost.seq()).as("the event stays, so seq has no gaps").isEqualTo(2);
        assertThat(seenPost.at()).isNull();
        assertThat(seenPost.actor()).isNull();
        assertThat(((MeetingChanges.RoundTablePosted) seenPost.change()).post())
                .isEqualTo(new RoundTablePost(null, null, null, null, null, false));
        assertThat(seenEdit.at()).isNull();
        assertThat(seenEdit.actor()).isNull();
        MeetingEvent openPost = new MeetingEvent("m1", 4, Instant.EPOCH, "kirsten",
                new MeetingChanges.RoundTablePosted(post("p-open", "open")));
        assertThat(MeetingVisibility.visibleTo(Audience.PUBLIC, openPost, meeting).change())
                .as("a post under an open item is public").isEqualTo(openPost.change());
    }

    @Test
    void thePublicSeesNoSecretarysUsernameOnAnyDecision() {
        Meeting decided = decidedMeeting();
        MeetingEvent openDecision = new MeetingEvent("m1", 5, Instant.EPOCH, "mette",
                new MeetingChanges.DecisionRecorded("open", decided.item("open").orElseThrow().decision()));

        Decision seenInMeeting = MeetingVisibility.visibleTo(Audience.PUBLIC, decided).item("open").orElseThrow()
                .decision();
        Decision seenInEvent = ((MeetingChanges.DecisionRecorded) MeetingVisibility
                .visibleTo(Audience.PUBLIC, openDecision, decided).change()).decision();

        for (Decision seen : List.of(seenInMeeting, seenInEvent)) {
            assertThat(seen.recordedBy()).isNull();
            assertThat(seen.corrections()).extracting(Correction::by).containsOnlyNulls();
            assertThat(seen.corrections()).extracting(Correction::reason).containsExactly("Stavefejl");
            assertThat(seen.text()).isEqualTo("Godkendt");
            assertThat(seen.toString()).doesNotContain("mette", "Mette Bugge");
        }
        assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, openDecision, decided)).isEqualTo(openDecision);
    }

    @Test
    void thePublicSeesOfAClosedDecisionOnlyItsPublicText() {
        Meeting decided = decidedMeeting();
        Decision closedDecision = decided.item("closed").orElseThrow().decision();
        MeetingEvent recorded = new MeetingEvent("m1", 6, Instant.parse("2024-02-29T11:00:00Z"), "mette",
                new MeetingChanges.DecisionRecorded("closed", closedDecision));

        Decision seenInMeeting = MeetingVisibility.visibleTo(Audience.PUBLIC, decided).item("closed").orElseThrow()
                .decision();
        MeetingEvent seenEvent = MeetingVisibility.visibleTo(Audience.PUBLIC, recorded, decided);

        Decision onlyThePublicText = new Decision(null, "Behandlet", "Behandlet", null, List.of(), null, null, 0,
                List.of());
        assertThat(seenInMeeting).isEqualTo(onlyThePublicText);
        assertThat(((MeetingChanges.DecisionRecorded) seenEvent.change()).decision()).isEqualTo(onlyThePublicText);
        assertThat(seenEvent.at()).as("when the closed item was decided").isNull();
        assertThat(seenEvent.actor()).isNull();
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

    /**
     * The open item decided and corrected by Mette after the minutes were approved; the closed item
     * decided three times, while a member was absent.
     */
    private Meeting decidedMeeting() {
        Instant at = Instant.parse("2024-02-29T10:45:00Z");
        Decision open = new Decision(DecisionOutcome.APPROVED, "Godkendt", null, null, List.of(), at, "mette", 2,
                List.of(new Correction(at, "Mette Bugge", "Stavefejl", "Godkent")));
        Decision closed = new Decision(DecisionOutcome.REJECTED, "Afvist " + SECRET, "Behandlet", "Imod " + SECRET,
                List.of("member"), at, "mette", 3, List.of());
        return meeting.withContent(meeting.items().stream().map(item -> switch (item.id()) {
            case "open" -> withDecision(item, open);
            case "closed" -> withDecision(item, closed);
            default -> item;
        }).toList(), meeting.roundTable());
    }

    @Test
    void aDraftIsSeenByItsSecretariatOnlyAndAPublishedMeetingByEveryone() {
        Meeting draft = new Meeting("m2", "c1", "Erhvervsrådet", "Kladde", MeetingKind.ORDINARY,
                Instant.parse("2024-03-29T09:30:00Z"), null, null, MeetingStatus.SCHEDULED, List.of(), List.of(), null,
                List.of(), null, null, null, true, 1);

        assertThat(MeetingVisibility.isVisibleTo(Audience.SECRETARIAT, draft)).isTrue();
        assertThat(MeetingVisibility.isVisibleTo(Audience.MEMBER, draft)).isFalse();
        assertThat(MeetingVisibility.isVisibleTo(Audience.PUBLIC, draft)).isFalse();
        assertThat(Audience.values()).allMatch(audience -> MeetingVisibility.isVisibleTo(audience, meeting));
    }

    /** Preparation may close an item that was added open: its earlier events must not show it to the public. */
    @Test
    void anItemAddedOrEditedOpenButClosedNowIsClosedInEveryEventForThePublic() {
        AgendaItem addedOpen = item("closed", Visibility.OPEN);
        MeetingEvent added = new MeetingEvent("m1", 2, Instant.now(), "sekretariat",
                new MeetingChanges.ItemAdded(addedOpen));
        MeetingEvent edited = new MeetingEvent("m1", 3, Instant.now(), "sekretariat", new MeetingChanges.ItemEdited(
                "closed", "Title closed", ItemKind.REGULAR, Visibility.OPEN, false, "Presenter " + SECRET,
                List.of(new Section("Baggrund", "Body " + SECRET))));

        assertThat(MeetingVisibility.visibleTo(Audience.PUBLIC, added, meeting).toString()).doesNotContain(SECRET);
        assertThat(MeetingVisibility.visibleTo(Audience.PUBLIC, edited, meeting).toString()).doesNotContain(SECRET);
        assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, edited, meeting).toString()).contains(SECRET);
    }

    /** Bilag: the public reads an open Bilag of an open item, and of any other not even its name or its events. */
    @Test
    void thePublicReadsOnlyOpenBilagOfOpenItems() {
        Attachment open = bilag("b-open", Visibility.OPEN);
        Attachment closed = bilag("b-closed", Visibility.CLOSED);
        Attachment ofClosedItem = bilag("b-of-closed", Visibility.OPEN);
        Meeting withFiles = meeting.withContent(List.of(withBilag(item("open", Visibility.OPEN), open, closed),
                withBilag(item("closed", Visibility.CLOSED), ofClosedItem)), List.of());

        assertThat(MeetingVisibility.readableBilag(Audience.PUBLIC, withFiles, "open", "b-open")).contains(open);
        assertThat(MeetingVisibility.readableBilag(Audience.PUBLIC, withFiles, "open", "b-closed")).isEmpty();
        assertThat(MeetingVisibility.readableBilag(Audience.PUBLIC, withFiles, "closed", "b-of-closed")).isEmpty();
        assertThat(MeetingVisibility.readableBilag(Audience.PUBLIC, withFiles, "open", "a-open"))
                .as("an imported Bilag is a name only: nothing to read").isEmpty();
        for (Audience insider : List.of(Audience.MEMBER, Audience.SECRETARIAT)) {
            assertThat(MeetingVisibility.readableBilag(insider, withFiles, "open", "b-closed")).contains(closed);
            assertThat(MeetingVisibility.readableBilag(insider, withFiles, "closed", "b-of-closed"))
                    .contains(ofClosedItem);
        }
        assertThat(MeetingVisibility.visibleTo(Audience.PUBLIC, withFiles).item("open").orElseThrow().attachments())
                .extracting(Attachment::id).containsExactly("a-open", "b-open");

        MeetingEvent added = new MeetingEvent("m1", 2, Instant.EPOCH, "sekretariat",
                new AttachmentChanges.AttachmentsAdded("open", List.of(open, closed)));
        MeetingEvent renamed = new MeetingEvent("m1", 3, Instant.EPOCH, "sekretariat",
                new AttachmentChanges.AttachmentRenamed("open", "b-closed", "Renamed " + SECRET));
        MeetingEvent replaced = new MeetingEvent("m1", 4, Instant.EPOCH, "sekretariat",
                new AttachmentChanges.AttachmentReplaced("closed", "b-of-closed", "file-" + SECRET, 2, 10L, SECRET));
        MeetingEvent reordered = new MeetingEvent("m1", 5, Instant.EPOCH, "sekretariat",
                new AttachmentChanges.AttachmentsReordered("open", List.of("b-closed", "b-open", "a-open")));
        assertThat(MeetingVisibility.visibleTo(Audience.PUBLIC, added, withFiles).change())
                .isEqualTo(new AttachmentChanges.AttachmentsAdded("open", List.of(open)));
        for (MeetingEvent event : List.of(renamed, replaced)) {
            MeetingEvent seen = MeetingVisibility.visibleTo(Audience.PUBLIC, event, withFiles);
            assertThat(seen.toString()).doesNotContain(SECRET, "b-closed", "b-of-closed");
            assertThat(seen.at()).as("not even when").isNull();
            assertThat(MeetingVisibility.visibleTo(Audience.MEMBER, event, withFiles)).isEqualTo(event);
        }
        assertThat(MeetingVisibility.visibleTo(Audience.PUBLIC, reordered, withFiles).change())
                .isEqualTo(new AttachmentChanges.AttachmentsReordered("open", List.of("b-open", "a-open")));
    }

    private static Attachment bilag(String id, Visibility visibility) {
        return new Attachment(id, "Bilag " + id + " " + SECRET, visibility, "file-" + id, 3, 1000L, "hash-" + id);
    }

    private static AgendaItem withBilag(AgendaItem item, Attachment... bilag) {
        return new AgendaItem(item.id(), item.number(), item.title(), item.kind(), item.visibility(), item.presenter(),
                item.sections(), Stream.concat(item.attachments().stream(), Stream.of(bilag)).toList(),
                item.decision(), item.titleHidden());
    }

    private static AgendaItem withDecision(AgendaItem item, Decision decision) {
        return new AgendaItem(item.id(), item.number(), item.title(), item.kind(), item.visibility(), item.presenter(),
                item.sections(), item.attachments(), decision, item.titleHidden());
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
