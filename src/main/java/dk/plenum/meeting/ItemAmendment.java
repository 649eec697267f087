package dk.plenum.meeting;

import java.time.Instant;
import java.util.List;

/**
 * What changed in an item after its meeting was published, and when: shown to members and the public as
 * "Ændret 28.11. kl. 14.05: titel, indstilling". {@code parts} are the item's own fields by name
 * ({@code title}, {@code kind}, {@code visibility}, {@code titleHidden}, {@code presenter}, {@code added},
 * {@code withdrawn}); {@code sections} the headings of the sections written, added or removed. The minutes do
 * not show it.
 */
public record ItemAmendment(Instant at, List<String> parts, List<String> sections) {

    public ItemAmendment {
        parts = List.copyOf(parts);
        sections = List.copyOf(sections);
    }
}
