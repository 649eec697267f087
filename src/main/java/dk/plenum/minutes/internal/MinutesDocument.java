package dk.plenum.minutes.internal;

import java.util.List;

/**
 * The minutes as plain text in reading order, already translated and redacted: every format renders
 * exactly this, so HTML, PDF and Markdown cannot say different things.
 */
public record MinutesDocument(String language, String title, String heading, String subtitle, String edition,
        List<Fact> facts, Block attendance, List<Item> items) {

    /** A labelled line of the heading or the attendance, e.g. "Sted: Rådhuset". */
    public record Fact(String label, String value) {
    }

    /** A headed part: attendance, an item's section, its attachments, its decision, its protocol entries. */
    public record Block(Kind kind, String heading, List<Fact> facts, List<String> paragraphs) {
    }

    public enum Kind {
        ATTENDANCE,
        SECTION,
        ATTACHMENTS,
        DECISION,
        PROTOCOL_ENTRIES
    }

    /** One agenda item: "5. Erhvervsstrategien", "Åben", then its blocks. */
    public record Item(String id, String heading, String visibility, List<Block> blocks) {
    }
}
