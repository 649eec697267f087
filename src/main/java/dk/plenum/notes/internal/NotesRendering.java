package dk.plenum.notes.internal;

import dk.plenum.meeting.CommandText;
import dk.plenum.minutes.PdfPrinting;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * A {@link NotesPrintout} as CommonMark, XHTML or PDF. As for the minutes: the Markdown is a CommonMark node tree in
 * which every text the member typed is a text node, written by CommonMark's renderer, which escapes what would
 * otherwise become markup (a note "# Punkt 5" stays text under its item); the XHTML and the PDF are written by the
 * minutes' printing ({@link PdfPrinting}) from the template {@code templates/notes/notes.xhtml}.
 */
public final class NotesRendering {

    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().lineSeparator("\n").build();
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");

    private NotesRendering() {
    }

    public static String markdown(NotesPrintout notes) {
        Document document = new Document();
        document.appendChild(heading(1, notes.heading()));
        document.appendChild(paragraph(List.of(notes.subtitle())));
        document.appendChild(paragraph(emphasis(notes.privacy())));
        for (NotesPrintout.Item item : notes.items()) {
            document.appendChild(heading(2, item.heading()));
            document.appendChild(paragraph(emphasis(item.visibility())));
            for (NotesPrintout.Part part : item.parts()) {
                if (part.heading() != null) {
                    document.appendChild(heading(3, part.heading()));
                }
                part.lines().forEach(lines -> document.appendChild(paragraph(lines)));
            }
        }
        return MARKDOWN.render(document);
    }

    public static String xhtml(NotesPrintout notes) {
        return PdfPrinting.xhtmlOf("notes/notes", Map.of("notes", notes, "font", PdfPrinting.FONT_FAMILY));
    }

    public static byte[] pdf(NotesPrintout notes) {
        return PdfPrinting.pdfOf(xhtml(notes));
    }

    /** A heading is one line: a line break in its text becomes a space. */
    private static Heading heading(int level, String text) {
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.appendChild(text(LINE_BREAK.matcher(text).replaceAll(" ")));
        return heading;
    }

    /** The lines with a hard line break between each. */
    private static Paragraph paragraph(List<String> lines) {
        Paragraph paragraph = new Paragraph();
        for (int index = 0; index < lines.size(); index++) {
            if (index > 0) {
                paragraph.appendChild(new HardLineBreak());
            }
            paragraph.appendChild(text(lines.get(index)));
        }
        return paragraph;
    }

    private static Paragraph paragraph(Node inline) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(inline);
        return paragraph;
    }

    private static Emphasis emphasis(String text) {
        Emphasis emphasis = new Emphasis("*");
        emphasis.appendChild(text(text.strip()));
        return emphasis;
    }

    private static Text text(String literal) {
        return new Text(CommandText.printable(literal));
    }
}
