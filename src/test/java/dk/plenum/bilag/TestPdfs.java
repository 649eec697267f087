package dk.plenum.bilag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs for tests, made with PDFBox: good ones whose every page names its number, and the broken kinds. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** An A4 PDF whose page {@code n} says "{@code word} side n". */
    public static byte[] pages(int count, String word) {
        return saying(java.util.stream.IntStream.rangeClosed(1, count).mapToObj(page -> word + " side " + page)
                .toArray(String[]::new));
    }

    /** An A4 PDF with one page for each text, saying it (Latin-1 only: the font is Helvetica). */
    public static byte[] saying(String... pageTexts) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String pageText : pageTexts) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream text = new PDPageContentStream(document, pdfPage)) {
                    text.beginText();
                    text.setFont(font, 28);
                    text.newLineAtOffset(72, 700);
                    text.showText(pageText);
                    text.endText();
                }
            }
            return save(document);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Opens only with a password. */
    public static byte[] locked() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("ejer", "hemmelig", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Starts as a PDF, but its body is cut off after the header. */
    public static byte[] damaged() {
        byte[] whole = pages(3, "Beskadiget");
        return Arrays.copyOf(whole, 200);
    }

    /** A PNG image named as if it were a PDF. */
    public static byte[] notAPdf() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
