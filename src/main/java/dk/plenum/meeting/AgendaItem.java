package dk.plenum.meeting;

import java.util.List;

/**
 * One agenda entry. The id is stable for the item's life; the number is only for display and may
 * change when the secretariat reorders or adds late items. {@code decision} is null until recorded.
 * {@code titleHidden}: a closed item whose very title is confidential, shown to the public only as
 * "closed item" with its number.
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
        boolean titleHidden) {

    public AgendaItem {
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
    }

    public boolean isOpen() {
        return visibility == Visibility.OPEN;
    }

    AgendaItem withNumber(int newNumber) {
        return new AgendaItem(id, newNumber, title, kind, visibility, presenter, sections, attachments, decision,
                titleHidden);
    }

    AgendaItem withDecision(Decision newDecision) {
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, attachments, newDecision,
                titleHidden);
    }

    AgendaItem withAttachments(List<Attachment> newAttachments) {
        return new AgendaItem(id, number, title, kind, visibility, presenter, sections, newAttachments, decision,
                titleHidden);
    }
}
