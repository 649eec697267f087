package dk.plenum.minutes.internal;

import dk.plenum.meeting.CommandText;
import dk.plenum.minutes.internal.MinutesDocument.Block;
import dk.plenum.minutes.internal.MinutesDocument.Fact;
import dk.plenum.minutes.internal.MinutesDocument.Item;
import java.util.List;
import java.util.Locale;

/**
 * The minutes as one self-contained XHTML page with print CSS. Well-formed XML, because the PDF is
 * rendered from this very page by an XML parser. Every text is escaped: nothing a user typed becomes markup.
 */
public final class MinutesHtml {

    /** Named here and in {@link MinutesPdf}, which embeds the font under this name. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String STYLE = """
            @page { size: A4; margin: 2cm 2cm 2.2cm 2cm;
              @bottom-right { content: counter(page) " / " counter(pages); font-family: '%1$s'; font-size: 9pt; } }
            body { font-family: '%1$s', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #000;
              max-width: 46em; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: 20pt; margin: 0 0 .2em; }
            h2 { font-size: 13.5pt; margin: 1.6em 0 .2em; page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 1em 0 .2em; page-break-after: avoid; }
            p { margin: 0 0 .6em; }
            .edition { font-size: 9pt; text-transform: uppercase; letter-spacing: .05em; margin: 0 0 .4em; }
            .subtitle { font-size: 12pt; margin: 0 0 1em; }
            .facts { margin: 0; }
            .fact { margin: 0 0 .15em; }
            .label { font-weight: bold; }
            .visibility { display: inline-block; font-size: 8.5pt; border: 1px solid #000; padding: 0 .4em;
              margin: 0 0 .4em; }
            .item { border-top: 1px solid #999; margin-top: 1.2em; }
            .decision { border-left: 3px solid #000; padding-left: .8em; page-break-inside: avoid; }
            @media print { body { margin: 0; max-width: none; padding: 0; } }
            """.formatted(FONT_FAMILY);

    private final StringBuilder html = new StringBuilder(16_384);

    private MinutesHtml() {
    }

    public static String render(MinutesDocument minutes) {
        return new MinutesHtml().document(minutes);
    }

    private String document(MinutesDocument minutes) {
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(minutes.language())).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(minutes.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<article class=\"minutes\">\n")
                .append("<header>\n");
        element("p", "edition", minutes.edition());
        element("h1", null, minutes.heading());
        element("p", "subtitle", minutes.subtitle());
        facts(minutes.facts());
        html.append("</header>\n<section class=\"attendance\">\n");
        element("h2", null, minutes.attendance().heading());
        facts(minutes.attendance().facts());
        html.append("</section>\n");
        minutes.items().forEach(this::item);
        html.append("</article>\n</body>\n</html>\n");
        return html.toString();
    }

    private void item(Item item) {
        html.append("<section class=\"item\" id=\"item-").append(escape(item.id())).append("\">\n");
        element("h2", null, item.heading());
        element("p", "visibility", item.visibility());
        for (Block block : item.blocks()) {
            html.append("<section class=\"").append(block.kind().name().toLowerCase(Locale.ROOT)).append("\">\n");
            element("h3", null, block.heading());
            block.paragraphs().forEach(paragraph -> element("p", null, paragraph));
            html.append("</section>\n");
        }
        html.append("</section>\n");
    }

    private void facts(List<Fact> facts) {
        html.append("<div class=\"facts\">\n");
        for (Fact fact : facts) {
            html.append("<p class=\"fact\"><span class=\"label\">").append(escape(fact.label()))
                    .append(":</span> ").append(escape(fact.value())).append("</p>\n");
        }
        html.append("</div>\n");
    }

    /** An element holding text; a line break in the text becomes {@code <br/>}. */
    private void element(String tag, String cssClass, String text) {
        html.append('<').append(tag);
        if (cssClass != null) {
            html.append(" class=\"").append(cssClass).append('"');
        }
        html.append('>').append(escape(text).replace("\n", "<br/>\n")).append("</").append(tag).append(">\n");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        // Text stored before CommandText's check can hold characters that XML cannot carry, and the PDF is
        // rendered from XML by an XML parser: those print as U+FFFD instead of breaking the minutes.
        CommandText.printable(text).codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\r' -> {
                    // the \n of a line break is enough
                }
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
