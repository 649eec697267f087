package dk.plenum.minutes.internal;

import dk.plenum.minutes.internal.MinutesDocument.Block;
import dk.plenum.minutes.internal.MinutesDocument.Fact;
import dk.plenum.minutes.internal.MinutesDocument.Item;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The minutes as CommonMark. User text is escaped so that it reads as typed and never turns into
 * markup, links or raw HTML in whatever renders the file.
 */
public final class MinutesMarkdown {

    /** Characters that mean something anywhere in a line. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>&|~])");
    /** What would start a heading, list, quote or rule at the beginning of a line. */
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([#>+=-]|\\d+[.)])");

    private final StringBuilder md = new StringBuilder(16_384);

    private MinutesMarkdown() {
    }

    public static String render(MinutesDocument minutes) {
        return new MinutesMarkdown().document(minutes);
    }

    private String document(MinutesDocument minutes) {
        md.append("# ").append(escape(minutes.heading())).append("\n\n")
                .append('*').append(escape(minutes.edition())).append("*\n\n")
                .append(escapeParagraph(minutes.subtitle())).append("\n\n");
        facts(minutes.facts());
        md.append("## ").append(escape(minutes.attendance().heading())).append("\n\n");
        facts(minutes.attendance().facts());
        minutes.items().forEach(this::item);
        return md.toString();
    }

    private void item(Item item) {
        md.append("## ").append(escape(item.heading())).append("\n\n*").append(escape(item.visibility()))
                .append("*\n\n");
        for (Block block : item.blocks()) {
            md.append("### ").append(escape(block.heading())).append("\n\n");
            // A line break inside a paragraph is a hard break: a backslash at the end of the line.
            block.paragraphs().forEach(paragraph -> md.append(escapeParagraph(paragraph).replace("\n", "\\\n"))
                    .append("\n\n"));
        }
    }

    private void facts(List<Fact> facts) {
        facts.forEach(fact -> md.append("- **").append(escape(fact.label())).append(":** ")
                .append(escape(fact.value())).append('\n'));
        md.append('\n');
    }

    /** Text inside a line (a heading, a label, a value): only inline markup needs escaping. */
    static String escape(String text) {
        return INLINE.matcher(text.replace("\r", "")).replaceAll("\\\\$1");
    }

    /** A paragraph, whose lines could also start a heading, list or quote. */
    static String escapeParagraph(String text) {
        return LINE_START.matcher(escape(text)).replaceAll("$1\\\\$2");
    }
}
