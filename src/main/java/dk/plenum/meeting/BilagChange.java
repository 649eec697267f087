package dk.plenum.meeting;

import java.time.Instant;
import java.util.List;

/**
 * One change to an item's Bilag after its meeting was published, and when: shown on the item as, e.g., "Bilag
 * erstattet 28.11. kl. 14.05: Budget 2025". {@code name} is the Bilag's name after the change (a removed one's
 * last name), {@code visibility} whether the Bilag was open or closed after it. A reorder names no Bilag but
 * keeps the order before and after, so that an audience that sees only some of the Bilag can tell whether their
 * order changed. The minutes do not show it.
 */
public record BilagChange(Instant at, Kind kind, String attachmentId, String name, Visibility visibility,
        List<String> orderBefore, List<String> orderAfter) {

    /** What happened to the Bilag. */
    public enum Kind {
        ADDED,
        RENAMED,
        OPENED,
        CLOSED,
        REORDERED,
        REPLACED,
        REMOVED
    }

    public BilagChange {
        orderBefore = orderBefore == null ? List.of() : List.copyOf(orderBefore);
        orderAfter = orderAfter == null ? List.of() : List.copyOf(orderAfter);
    }

    /** A change to one Bilag, as it was after the change. */
    public BilagChange(Instant at, Kind kind, Attachment attachment) {
        this(at, kind, attachment.id(), attachment.name(), attachment.visibility(), List.of(), List.of());
    }

    /** A change whose Bilag is not named: a reorder, or for the public a Bilag it no longer sees. */
    public static BilagChange unnamed(Instant at, Kind kind, List<String> orderBefore, List<String> orderAfter) {
        return new BilagChange(at, kind, null, null, null, orderBefore, orderAfter);
    }
}
