package dk.plenum.minutes.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The PDF of the minutes, rendered from the same XHTML as the HTML edition, with DejaVu Sans embedded
 * (src/main/resources/fonts, Bitstream Vera licence) so that æ, ø and å print on any reader. Tagged PDF/UA-1
 * (the accessibility act applies to a municipality's published documents): its structure follows the XHTML's
 * headings and paragraphs, its language is the page's {@code lang} and its title the page's {@code <title>}.
 */
public final class MinutesPdf {

    static {
        XRLog.setLoggerImpl(new PdfRendererLogging());
    }

    private MinutesPdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> font("DejaVuSans.ttf"), MinutesHtml.FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), MinutesHtml.FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String file) {
        return MinutesPdf.class.getResourceAsStream("/fonts/" + file);
    }
}
