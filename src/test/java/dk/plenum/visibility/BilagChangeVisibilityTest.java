package dk.plenum.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.AttachmentChanges.AttachmentRemoved;
import dk.plenum.meeting.AttachmentChanges.AttachmentRenamed;
import dk.plenum.meeting.AttachmentChanges.AttachmentReplaced;
import dk.plenum.meeting.AttachmentChanges.AttachmentVisibilitySet;
import dk.plenum.meeting.AttachmentChanges.AttachmentsAdded;
import dk.plenum.meeting.AttachmentChanges.AttachmentsReordered;
import dk.plenum.meeting.BilagChange;
import dk.plenum.meeting.BilagChange.Kind;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.MeetingPublished;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bilag changed after publication: the projection marks each change on its item (not while the agenda is a
 * draft, not a change that changes nothing), and {@link MeetingVisibility} lets the public know only what it may
 * see: a Bilag opened is added, one closed is removed without its name, and a change to a closed Bilag or any
 * Bilag of a closed item tells it nothing, not even that something changed.
 */
class BilagChangeVisibilityTest {

    private static final String SECRET = "HEMMELIG-4c1e";
    private static final Instant T0 = Instant.parse("2026-11-28T13:00:00Z");

    private final List<MeetingEvent> log = new ArrayList<>();

    private final Attachment kept = bilag("kept", "Budget", Visibility.OPEN);
    private final Attachment open = bilag("open", "Aabent notat", Visibility.OPEN);
    private final Attachment secret = bilag("secret", "Notat " + SECRET, Visibility.CLOSED);
    private final Attachment later = bilag("later", "Senere aabnet", Visibility.CLOSED);
    private final Attachment ofClosedItem = bilag("of-closed", "Punktbilag " + SECRET, Visibility.OPEN);

    /** The meeting after the log: an open and a closed item; the first three events are while it is a draft. */
    private Meeting meeting() {
        append(new MeetingScheduled("c1", "Rådet", "Møde", MeetingKind.ORDINARY, T0, null, null, List.of(),
                List.of(item("i-open", 1, Visibility.OPEN), item("i-closed", 2, Visibility.CLOSED)), true));
        append(new AttachmentsAdded("i-open", List.of(kept)));
        append(new AttachmentRenamed("i-open", "kept", "Budget 2027")); // 3: a draft, not marked
        append(new MeetingPublished());
        append(new AttachmentsAdded("i-open", List.of(open, secret, later))); // 5
        append(new AttachmentRenamed("i-open", "secret", "Omdøbt " + SECRET)); // 6
        append(new AttachmentReplaced("i-open", "kept", "file-kept-2", 4, 2000L, "hash-kept-2")); // 7
        append(new AttachmentReplaced("i-open", "secret", "file-" + SECRET, 4, 2000L, SECRET)); // 8
        append(new AttachmentVisibilitySet("i-open", "later", Visibility.OPEN)); // 9
        append(new AttachmentVisibilitySet("i-open", "open", Visibility.CLOSED)); // 10
        append(new AttachmentRenamed("i-open", "secret", "Omdøbt " + SECRET)); // 11: changes nothing
        append(new AttachmentsReordered("i-open", List.of("kept", "secret", "open", "later"))); // 12: closed ones moved
        append(new AttachmentsReordered("i-open", List.of("later", "kept", "secret", "open"))); // 13
        append(new AttachmentsAdded("i-closed", List.of(ofClosedItem))); // 14
        append(new AttachmentRenamed("i-closed", "of-closed", "Omdøbt punktbilag " + SECRET)); // 15
        return MeetingProjection.applyAll(null, log);
    }

    @Test
    void membersAndTheSecretariatSeeEveryChangeAfterPublicationMarkedOnItsItem() {
        Meeting meeting = meeting();
        List<BilagChange> marks = meeting.item("i-open").orElseThrow().bilagChanges();

        assertThat(marks).extracting(BilagChange::kind).containsExactly(Kind.ADDED, Kind.ADDED, Kind.ADDED,
                Kind.RENAMED, Kind.REPLACED, Kind.REPLACED, Kind.OPENED, Kind.CLOSED, Kind.REORDERED, Kind.REORDERED);
        assertThat(marks).extracting(BilagChange::at).first().isEqualTo(at(5));
        assertThat(marks.get(3)).isEqualTo(new BilagChange(at(6), Kind.RENAMED, "secret", "Omdøbt " + SECRET,
                Visibility.CLOSED, List.of(), List.of()));
        assertThat(marks.get(6)).extracting(BilagChange::name, BilagChange::at).containsExactly("Senere aabnet", at(9));
        assertThat(meeting.item("i-closed").orElseThrow().bilagChanges()).extracting(BilagChange::kind)
                .containsExactly(Kind.ADDED, Kind.RENAMED);
        for (Audience insider : List.of(Audience.MEMBER, Audience.SECRETARIAT)) {
            assertThat(MeetingVisibility.visibleTo(insider, meeting)).isEqualTo(meeting);
            log.forEach(event -> assertThat(MeetingVisibility.visibleTo(insider, event, meeting)).isEqualTo(event));
        }
    }

    @Test
    void thePublicSeesOnlyChangesToBilagItMaySee() {
        Meeting seen = MeetingVisibility.visibleTo(Audience.PUBLIC, meeting());
        AgendaItem openItem = seen.item("i-open").orElseThrow();

        assertThat(openItem.bilagChanges()).containsExactly(
                new BilagChange(at(7), Kind.REPLACED, "kept", "Budget 2027", Visibility.OPEN, List.of(), List.of()),
                new BilagChange(at(9), Kind.ADDED, "later", "Senere aabnet", Visibility.OPEN, List.of(), List.of()),
                BilagChange.unnamed(at(10), Kind.REMOVED, List.of(), List.of()),
                BilagChange.unnamed(at(13), Kind.REORDERED, List.of("kept", "later"), List.of("later", "kept")));
        assertThat(openItem.toString()).as("a Bilag closed is removed without its name, a closed one not there")
                .doesNotContain(SECRET, "Aabent notat", "secret");
        assertThat(seen.item("i-closed").orElseThrow().bilagChanges()).isEmpty();
    }

    @Test
    void thePublicStreamAddsABilagWhenItIsOpenedAndRemovesItWhenItIsClosed() {
        Meeting meeting = meeting();
        List<MeetingEvent> seen = log.stream().map(event -> MeetingVisibility.visibleTo(Audience.PUBLIC, event, meeting))
                .toList();
        MeetingChange nothing = new AttachmentsAdded(null, List.of());

        assertThat(change(seen, 5)).as("all added closed (one opened later, one closed later)").isEqualTo(nothing);
        assertThat(change(seen, 9)).isEqualTo(new AttachmentsAdded("i-open",
                List.of(meeting.item("i-open").orElseThrow().attachments().stream()
                        .filter(attachment -> attachment.id().equals("later")).findFirst().orElseThrow())));
        assertThat(change(seen, 10)).isEqualTo(new AttachmentRemoved("i-open", "open"));
        assertThat(change(seen, 7)).isEqualTo(log.get(6).change());
        assertThat(change(seen, 13)).isEqualTo(new AttachmentsReordered("i-open", List.of("later", "kept")));
        // The event alone cannot tell whether the public order changed (the item's mark can): it names only those.
        assertThat(change(seen, 12)).isEqualTo(new AttachmentsReordered("i-open", List.of("kept", "later")));
        for (int seq : List.of(5, 6, 8, 11, 14, 15)) {
            assertThat(seen.get(seq - 1)).as("event " + seq + " tells nothing: not what, where or when")
                    .isEqualTo(new MeetingEvent(meeting.id(), seq, null, null, nothing));
        }
        assertThat(seen).as("every event keeps its place").extracting(MeetingEvent::seq)
                .containsExactlyElementsOf(log.stream().map(MeetingEvent::seq).toList());
        assertThat(seen.toString()).doesNotContain(SECRET, "secret", "of-closed");
    }

    @Test
    void aPublicFollowerFoldingTheRedactedEventsHasTheBilagThePublicSees() {
        Meeting meeting = meeting();
        Meeting folded = MeetingProjection.applyAll(null, log.stream()
                .map(event -> MeetingVisibility.visibleTo(Audience.PUBLIC, event, meeting)).toList());

        assertThat(folded.item("i-open").orElseThrow().attachments()).extracting(Attachment::id)
                .containsExactlyInAnyOrderElementsOf(MeetingVisibility.visibleTo(Audience.PUBLIC, meeting)
                        .item("i-open").orElseThrow().attachments().stream().map(Attachment::id).toList());
        assertThat(folded.item("i-closed").orElseThrow().attachments()).isEmpty();
    }

    private void append(MeetingChange change) {
        int seq = log.size() + 1;
        log.add(new MeetingEvent("m1", seq, at(seq), "sekretariat", change));
    }

    private static Instant at(int seq) {
        return T0.plusSeconds(60L * seq);
    }

    private static MeetingChange change(List<MeetingEvent> events, int seq) {
        return events.get(seq - 1).change();
    }

    private static Attachment bilag(String id, String name, Visibility visibility) {
        return new Attachment(id, name, visibility, "file-" + id, 3, 1000L, "hash-" + id);
    }

    private static AgendaItem item(String id, int number, Visibility visibility) {
        return new AgendaItem(id, number, "Punkt " + id, ItemKind.REGULAR, visibility, null, List.of(), List.of(), null,
                false);
    }
}
