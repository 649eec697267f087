package dk.plenum.minutes.internal;

import dk.plenum.meeting.CommandText;
import dk.plenum.minutes.internal.MinutesDocument.Block;
import dk.plenum.minutes.internal.MinutesDocument.Fact;
import dk.plenum.minutes.internal.MinutesDocument.Item;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * The minutes as CommonMark, built as a CommonMark node tree in which every user text is a text node,
 * and written by CommonMark's own renderer, which escapes whatever a text would otherwise turn into: a
 * heading, a rule, a quote, a list, emphasis, a link or raw HTML. A title "# Hacked" stays text in its
 * own heading.
 */
public final class MinutesMarkdown {

    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().lineSeparator("\n").build();
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");

    private final Document markdown = new Document();

    private MinutesMarkdown() {
    }

    public static String render(MinutesDocument minutes) {
        return new MinutesMarkdown().document(minutes);
    }

    private String document(MinutesDocument minutes) {
        heading(1, minutes.heading());
        markdown.appendChild(paragraph(emphasis(minutes.edition())));
        markdown.appendChild(paragraph(minutes.subtitle()));
        facts(minutes.facts());
        heading(2, minutes.attendance().heading());
        facts(minutes.attendance().facts());
        minutes.items().forEach(this::item);
        return RENDERER.render(markdown);
    }

    private void item(Item item) {
        heading(2, item.heading());
        markdown.appendChild(paragraph(emphasis(item.visibility())));
        for (Block block : item.blocks()) {
            heading(3, block.heading());
            block.paragraphs().forEach(text -> markdown.appendChild(paragraph(text)));
        }
    }

    private void facts(List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        BulletList list = new BulletList();
        list.setMarker("-");
        list.setTight(true);
        for (Fact fact : facts) {
            Paragraph line = new Paragraph();
            StrongEmphasis label = new StrongEmphasis("**");
            label.appendChild(text(fact.label() + ":"));
            line.appendChild(label);
            line.appendChild(text(" "));
            lines(line, fact.value());
            ListItem entry = new ListItem();
            entry.appendChild(line);
            list.appendChild(entry);
        }
        markdown.appendChild(list);
    }

    /** A heading is one line: a line break in its text becomes a space. */
    private void heading(int level, String text) {
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.appendChild(text(LINE_BREAK.matcher(text).replaceAll(" ")));
        markdown.appendChild(heading);
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph();
        lines(paragraph, text);
        return paragraph;
    }

    private static Paragraph paragraph(Node inline) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(inline);
        return paragraph;
    }

    /** Stripped: emphasis cannot start or end with a space, and its opening star would start a list instead. */
    private static Emphasis emphasis(String text) {
        Emphasis emphasis = new Emphasis("*");
        lines(emphasis, text.strip());
        return emphasis;
    }

    /** The text's lines as text nodes, with a hard line break where the text had a line break. */
    private static void lines(Node parent, String text) {
        String[] lines = LINE_BREAK.split(text, -1);
        for (int index = 0; index < lines.length; index++) {
            if (index > 0) {
                parent.appendChild(new HardLineBreak());
            }
            String line = lines[index];
            // commonmark-java 0.32's renderer escapes every other line-leading marker but writes a leading
            // "+" as it is, which starts a list: written as its character reference, it stays text.
            if (line.startsWith("+")) {
                HtmlInline plus = new HtmlInline();
                plus.setLiteral("&#43;");
                parent.appendChild(plus);
                line = line.substring(1);
            }
            parent.appendChild(text(line));
        }
    }

    /** Stored text may predate {@link CommandText}'s check; what it refuses prints as U+FFFD. */
    private static Text text(String literal) {
        return new Text(CommandText.printable(literal));
    }
}
