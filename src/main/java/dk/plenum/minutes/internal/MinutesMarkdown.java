package dk.plenum.minutes.internal;

import static dk.plenum.minutes.MarkdownNodes.emphasis;
import static dk.plenum.minutes.MarkdownNodes.lines;
import static dk.plenum.minutes.MarkdownNodes.paragraph;
import static dk.plenum.minutes.MarkdownNodes.text;

import dk.plenum.minutes.MarkdownNodes;
import dk.plenum.minutes.internal.MinutesDocument.Block;
import dk.plenum.minutes.internal.MinutesDocument.Fact;
import dk.plenum.minutes.internal.MinutesDocument.Item;
import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * The minutes as CommonMark, built of {@link MarkdownNodes}: every user text is a text node, which CommonMark's own
 * renderer escapes, so a title "# Hacked" stays text in its own heading.
 */
public final class MinutesMarkdown {

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
        return MarkdownNodes.render(markdown);
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

    private void heading(int level, String text) {
        markdown.appendChild(MarkdownNodes.heading(level, text));
    }
}
