package dk.plenum.preparation;

import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import java.util.List;

/**
 * An agenda item as the secretariat writes it: its number comes from its place on the agenda. Sections are
 * plain text: paragraphs split by an empty line, and lines starting with {@code "- "} as bullets.
 */
public record ItemContent(String title, ItemKind kind, Visibility visibility, boolean titleHidden, String presenter,
        List<Section> sections) {

    public ItemContent {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
