package dk.plenum.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One agenda entry. The id is stable for the item's life; the number is only for display and may
 * change when the secretariat reorders or adds late items. {@code decision} is null until recorded.
 * {@code titleHidden}: a closed item whose very title is confidential, shown to the public only as
 * "closed item" with its number. {@code withdrawn}: the item udgår; it keeps its place and number, as in
 * Danish minutes, and is shown struck through. {@code amended}: what changed and when since the meeting was
 * published (null before, or if nothing did). {@code bilagChanges}: each change to its Bilag since the meeting was
 * published, oldest first (empty before). {@code plannedMinutes}: how long the time plan gives the item (null:
 * not planned); its planned start follows from the meeting's start and the items before it (see
 * {@code timeplan.TimePlan}). {@code firstCurrentAt}: when the item first became current (null: not yet, or an item
 * of a meeting run before this was kept).
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
        List<BilagChange> bilagChanges,
        Integer plannedMinutes,
        Instant firstCurrentAt) {

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
                null, List.of(), null, null);
    }

    public boolean isOpen() {
        return visibility == Visibility.OPEN;
    }

    AgendaItem withNumber(int newNumber) {
        return new AgendaItem(id, newNumber, title, kind, visibility, presenter, sections, attachments, decision,
                titleHidden, withdrawn, amended, bilagChanges, plannedMinutes, firstCurrentAt);
    }

    AgendaItem withDecision(Decision newDecision) {
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, attachments, newDecision,
                titleHidden, withdrawn, amended, bilagChanges, plannedMinutes, firstCurrentAt);
    }

    AgendaItem withContent(MeetingChanges.ItemEdited edited) {
        return new AgendaItem(id, number, edited.title(), edited.kind(), edited.visibility(), edited.presenter(),
                edited.sections(), attachments, decision, edited.titleHidden(), withdrawn, amended, bilagChanges,
                plannedMinutes, firstCurrentAt);
    }

    AgendaItem asWithdrawn() {
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, attachments, decision,
                titleHidden, true, amended, bilagChanges, plannedMinutes, firstCurrentAt);
    }

    AgendaItem withAmendment(ItemAmendment newAmendment) {
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, attachments, decision,
                titleHidden, withdrawn, newAmendment, bilagChanges, plannedMinutes, firstCurrentAt);
    }

    /** The same item with the public's parts only: what {@code visibility.MeetingVisibility} leaves of it. */
    public AgendaItem redacted(String visibleTitle, String visiblePresenter, List<Section> visibleSections,
            List<Attachment> visibleAttachments, Decision visibleDecision, ItemAmendment visibleAmendment,
            List<BilagChange> visibleBilagChanges) {
        return new AgendaItem(id, number, visibleTitle, kind, visibility, visiblePresenter, visibleSections,
                visibleAttachments, visibleDecision, titleHidden, withdrawn, visibleAmendment, visibleBilagChanges,
                plannedMinutes, firstCurrentAt);
    }

    /** The same item planned to take {@code minutes} (null: not planned). */
    public AgendaItem withPlannedMinutes(Integer minutes) {
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, attachments, decision,
                titleHidden, withdrawn, amended, bilagChanges, minutes, firstCurrentAt);
    }

    /** The item as it becomes current at {@code at}; an item current before keeps its first time. */
    AgendaItem becameCurrent(Instant at) {
        return firstCurrentAt != null ? this : new AgendaItem(id, number, title, kind, visibility, presenter, sections,
                attachments, decision, titleHidden, withdrawn, amended, bilagChanges, plannedMinutes, at);
    }

    /** Whether the meeting has dealt with the item: it was current, or (in an imported meeting) it has a decision. */
    public boolean treated() {
        return firstCurrentAt != null || decision != null;
    }

    AgendaItem withAttachments(List<Attachment> newAttachments) {
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, newAttachments, decision,
                titleHidden, withdrawn, amended, bilagChanges, plannedMinutes, firstCurrentAt);
    }

    AgendaItem withBilagChange(BilagChange change) {
        List<BilagChange> changes = new ArrayList<>(bilagChanges);
        changes.add(change);
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, attachments, decision,
                titleHidden, withdrawn, amended, changes, plannedMinutes, firstCurrentAt);
    }
}
