package dk.plenum.notes.internal;

import static dk.plenum.minutes.MarkdownNodes.emphasis;
import static dk.plenum.minutes.MarkdownNodes.heading;
import static dk.plenum.minutes.MarkdownNodes.paragraph;

import dk.plenum.minutes.MarkdownNodes;
import dk.plenum.minutes.PdfPrinting;
import java.util.Map;
import org.commonmark.node.Document;

/**
 * A {@link NotesPrintout} as CommonMark, XHTML or PDF, as the minutes are: the Markdown of the minutes'
 * {@link MarkdownNodes}, in which every text the member typed is a text node that CommonMark's renderer escapes (a note
 * "# Punkt 5" stays text under its item); the XHTML and the PDF by the minutes' printing ({@link PdfPrinting}) from
 * the template {@code templates/notes/notes.xhtml}.
 */
public final class NotesRendering {

    private NotesRendering() {
    }

    public static String markdown(NotesPrintout notes) {
        Document document = new Document();
        document.appendChild(heading(1, notes.heading()));
        document.appendChild(paragraph(notes.subtitle()));
        document.appendChild(paragraph(emphasis(notes.privacy())));
        for (NotesPrintout.Item item : notes.items()) {
            document.appendChild(heading(2, item.heading()));
            document.appendChild(paragraph(emphasis(item.visibility())));
            for (NotesPrintout.Part part : item.parts()) {
                if (part.heading() != null) {
                    document.appendChild(heading(3, part.heading()));
                }
                part.paragraphs().forEach(text -> document.appendChild(paragraph(text)));
            }
        }
        return MarkdownNodes.render(document);
    }

    public static String xhtml(NotesPrintout notes) {
        return PdfPrinting.xhtmlOf("notes/notes", Map.of("notes", notes, "font", PdfPrinting.FONT_FAMILY));
    }

    public static byte[] pdf(NotesPrintout notes) {
        return PdfPrinting.pdfOf(xhtml(notes));
    }
}
