package dk.plenum.bilag.internal;

import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Whether an uploaded file is a PDF a member can read, judged by its content, never its name: it must start
 * as a PDF, open without a password, have pages, and every page's text and the first page's drawing must
 * come out of it. Anything else is refused with a message naming the file, before anything is stored.
 */
public final class PdfInspection {

    /** 50 MB: a scanned report of a few hundred pages; larger files take minutes to reach a tablet. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** Text kept per page for search: far more than a dense page holds, so only garbage is cut. */
    static final int MAX_TEXT_PER_PAGE = 20_000;
    /** A PDF's header may follow a little junk; readers look for it in the first KiB. */
    private static final int HEADER_WINDOW = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** What the inspection found: the pages, each page's text, and the file's SHA-256 (hex). */
    public record InspectedPdf(int pageCount, List<String> pageTexts, String sha256) {

        public InspectedPdf {
            pageTexts = List.copyOf(pageTexts);
        }
    }

    private PdfInspection() {
    }

    /**
     * @throws CommandRefusedException (400) saying what is wrong with the file: empty, too large, not a PDF,
     *                                 locked by a password, damaged, or without pages
     */
    public static InspectedPdf inspect(String fileName, byte[] content) {
        if (content.length == 0) {
            throw refused("bilag.refused.empty", fileName);
        }
        if (content.length > MAX_BYTES) {
            throw new CommandRefusedException(Reason.INVALID, "bilag.refused.tooLarge", fileName,
                    megabytes(content.length), MAX_BYTES / (1024 * 1024));
        }
        if (!hasPdfHeader(content)) {
            throw refused("bilag.refused.notPdf", fileName);
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw refused("bilag.refused.noPages", fileName);
            }
            List<String> texts = pageTexts(document);
            // A file whose objects parse may still fail to draw: find that now, not on a member's tablet.
            new PDFRenderer(document).renderImage(0, 0.1f, ImageType.GRAY);
            return new InspectedPdf(pages, texts, sha256(content));
        } catch (InvalidPasswordException locked) {
            throw refused("bilag.refused.encrypted", fileName);
        } catch (IOException | RuntimeException damaged) {
            if (damaged instanceof CommandRefusedException refusal) {
                throw refusal;
            }
            throw refused("bilag.refused.damaged", fileName);
        }
    }

    private static List<String> pageTexts(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        List<String> texts = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = stripper.getText(document).strip();
            texts.add(text.length() > MAX_TEXT_PER_PAGE ? text.substring(0, MAX_TEXT_PER_PAGE) : text);
        }
        return texts;
    }

    private static boolean hasPdfHeader(byte[] content) {
        int end = Math.min(content.length, HEADER_WINDOW) - HEADER.length;
        for (int start = 0; start <= end; start++) {
            if (java.util.Arrays.equals(content, start, start + HEADER.length, HEADER, 0, HEADER.length)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static CommandRefusedException refused(String key, String fileName) {
        return new CommandRefusedException(Reason.INVALID, key, fileName);
    }
}
