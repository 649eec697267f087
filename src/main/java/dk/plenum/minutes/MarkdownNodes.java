package dk.plenum.minutes;

import dk.plenum.meeting.CommandText;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * The CommonMark nodes the minutes and a member's notes are written with: every text a person typed is a text node,
 * and CommonMark's own renderer escapes whatever it would otherwise turn into (a heading, a rule, a quote, a list,
 * emphasis, a link or raw HTML), so a title "# Hacked" stays text in its own heading.
 */
public final class MarkdownNodes {

    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().lineSeparator("\n").build();
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");

    private MarkdownNodes() {
    }

    public static String render(Document document) {
        return RENDERER.render(document);
    }

    /** A heading is one line: a line break in its text becomes a space. */
    public static Heading heading(int level, String text) {
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.appendChild(text(LINE_BREAK.matcher(text).replaceAll(" ")));
        return heading;
    }

    /** The text's lines, with a hard line break where the text had a line break. */
    public static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph();
        lines(paragraph, text);
        return paragraph;
    }

    public static Paragraph paragraph(Node inline) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(inline);
        return paragraph;
    }

    /** Stripped: emphasis cannot start or end with a space, and its opening star would start a list instead. */
    public static Emphasis emphasis(String text) {
        Emphasis emphasis = new Emphasis("*");
        lines(emphasis, text.strip());
        return emphasis;
    }

    /** The text's lines as text nodes, with a hard line break where the text had a line break. */
    public static void lines(Node parent, String text) {
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
    public static Text text(String literal) {
        return new Text(CommandText.printable(literal));
    }
}
