package dk.plenum.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A meeting's minutes as one line of text, in any of their formats, as the caller's edition of them: for the tests
 * that look for a sentence whichever format it is printed in (a PDF breaks lines anywhere).
 */
public final class MinutesText {

    private MinutesText() {
    }

    /** The minutes in {@code format} ({@code html}, {@code md} or {@code pdf}) and {@code lang}; user null: the public. */
    public static String of(Api api, String meetingId, String format, String lang, String user) {
        HttpResponse<byte[]> answer = api.getBytes("/api/meetings/%s/minutes?format=%s&lang=%s"
                .formatted(meetingId, format, lang), user);
        assertThat(answer.statusCode()).as(format + " " + lang).isEqualTo(200);
        return flat(format.equals("pdf") ? pdfText(answer.body()) : new String(answer.body(), StandardCharsets.UTF_8));
    }

    /** The text of a PDF, its page numbers left out; the ligatures "fi" and "fl" extract as one character each. */
    public static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
                    .replaceAll("(?m)^\\d+ / \\d+$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tags, HTML's escapes and Markdown's backslashes out, every run of white space one space. */
    private static String flat(String text) {
        return text.replaceAll("<[^>]+>", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                .replace("\\", "").replaceAll("\\s+", " ").strip();
    }
}
