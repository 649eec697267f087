package dk.plenum.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * One agenda entry. The id is stable for the item's life; the number is only for display and may
 * change when the secretariat reorders or adds late items. {@code decision} is null until recorded.
 * {@code titleHidden}: a closed item whose very title is confidential, shown to the public only as
 * "closed item" with its number. {@code withdrawn}: the item udgår; it keeps its place and number, as in
 * Danish minutes, and is shown struck through. {@code amended}: what changed and when since the meeting was
 * published (null before, or if nothing did). {@code bilagChanges}: each change to its Bilag since the meeting was
 * published, oldest first (empty before).
 */
public record AgendaItem(
        String id,
        int number,
        String title,
        ItemKind kind,
        Visibility visibility,
        String presenter,
        List<Section> sections,
        List<Attachment> attachments,
        Decision decision,
        boolean titleHidden,
        Boolean withdrawn,
        ItemAmendment amended,
        List<BilagChange> bilagChanges) {

    public AgendaItem {
        // Absent in items stored before Bilag changes were marked: none.
        bilagChanges = bilagChanges == null ? List.of() : List.copyOf(bilagChanges);
        // Absent in items stored before withdrawal existed: not withdrawn.
        withdrawn = Boolean.TRUE.equals(withdrawn);
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
    }

    /** An item as it is put on the agenda: not withdrawn, not changed since publication. */
    public AgendaItem(String id, int number, String title, ItemKind kind, Visibility visibility, String presenter,
            List<Section> sections, List<Attachment> attachments, Decision decision, boolean titleHidden) {
        this(id, number, title, kind, visibility, presenter, sections, attachments, decision, titleHidden, false,
                null, List.of());
    }

    public boolean isOpen() {
        return visibility == Visibility.OPEN;
    }

    AgendaItem withNumber(int newNumber) {
        return new AgendaItem(id, newNumber, title, kind, visibility, presenter, sections, attachments, decision,
                titleHidden, withdrawn, amended, bilagChanges);
    }

    AgendaItem withDecision(Decision newDecision) {
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, attachments, newDecision,
                titleHidden, withdrawn, amended, bilagChanges);
    }

    AgendaItem withContent(MeetingChanges.ItemEdited edited) {
        return new AgendaItem(id, number, edited.title(), edited.kind(), edited.visibility(), edited.presenter(),
                edited.sections(), attachments, decision, edited.titleHidden(), withdrawn, amended, bilagChanges);
    }

    AgendaItem asWithdrawn() {
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, attachments, decision,
                titleHidden, true, amended, bilagChanges);
    }

    AgendaItem withAmendment(ItemAmendment newAmendment) {
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, attachments, decision,
                titleHidden, withdrawn, newAmendment, bilagChanges);
    }

    /** The same item with the public's parts only: what {@code visibility.MeetingVisibility} leaves of it. */
    public AgendaItem redacted(String visibleTitle, String visiblePresenter, List<Section> visibleSections,
            List<Attachment> visibleAttachments, Decision visibleDecision, ItemAmendment visibleAmendment,
            List<BilagChange> visibleBilagChanges) {
        return new AgendaItem(id, number, visibleTitle, kind, visibility, visiblePresenter, visibleSections,
                visibleAttachments, visibleDecision, titleHidden, withdrawn, visibleAmendment, visibleBilagChanges);
    }

    AgendaItem withAttachments(List<Attachment> newAttachments) {
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, newAttachments, decision,
                titleHidden, withdrawn, amended, bilagChanges);
    }

    AgendaItem withBilagChange(BilagChange change) {
        List<BilagChange> changes = new ArrayList<>(bilagChanges);
        changes.add(change);
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, attachments, decision,
                titleHidden, withdrawn, amended, changes);
    }
}
