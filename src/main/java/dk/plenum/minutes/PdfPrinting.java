package dk.plenum.minutes;

import dk.plenum.minutes.internal.MinutesHtml;
import dk.plenum.minutes.internal.MinutesPdf;
import java.util.Map;

/**
 * How the minutes are printed, for other features' printouts (e.g. a member's notes): a Thymeleaf XML template to
 * well-formed XHTML, and that to a tagged
 * PDF/UA with DejaVu Sans embedded, so æ, ø and å print on any reader, its language the page's {@code lang} and its
 * title the page's {@code <title>}.
 */
public final class PdfPrinting {

    /** The font family the XHTML names for its text: the PDF embeds DejaVu Sans under this name. */
    public static final String FONT_FAMILY = MinutesHtml.FONT_FAMILY;

    private PdfPrinting() {
    }

    /**
     * The page {@code template} of {@code src/main/resources/templates/} (without its {@code .xhtml}) as XHTML,
     * written as the minutes' page is: Thymeleaf's XML mode, which escapes every text, and any character XML cannot
     * carry printed as U+FFFD.
     */
    public static String xhtmlOf(String template, Map<String, Object> variables) {
        return MinutesHtml.page(template, variables);
    }

    public static byte[] pdfOf(String xhtml) {
        return MinutesPdf.render(xhtml);
    }
}
