package dk.plenum.meeting;

import java.util.List;

/**
 * One agenda entry. The id is stable for the item's life; the number is only for display and may
 * change when the secretariat reorders or adds late items.
 */
public record AgendaItem(
        String id,
        int number,
        String title,
        ItemKind kind,
        Visibility visibility,
        String presenter,
        List<Section> sections,
        List<Attachment> attachments) {

    public AgendaItem {
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
    }
}
