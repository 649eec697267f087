package dk.plenum.bilag.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jakarta.annotation.PreDestroy;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/**
 * A Bilag's pages drawn as JPEG images on the server (PDFBox), so that every browser shows every page, iPad
 * Safari included (it shows only the first page of a PDF in a frame); decision 0009 has the figures. A width
 * is rounded up to one of a few steps, so that the images cache well: a tablet asks for the step just above
 * its screen's width in device pixels. Drawn pages and recently read files are kept in memory, each within
 * a byte budget; a file never changes under its id, so nothing cached goes stale.
 */
@Component
public class PageImages {

    /** Phone, tablet portrait (1×), tablet at 2× and landscape, zoomed. */
    static final int[] WIDTHS = {480, 960, 1536, 2048};
    /** What the reader asks for at 100 %: a 768–1180 px tablet at 1.5–2×, a 390 px phone at 3×. */
    public static final int READER_WIDTH = 1536;
    static final long IMAGE_BUDGET = 96L * 1024 * 1024;
    static final long FILE_BUDGET = 160L * 1024 * 1024;
    private static final float JPEG_QUALITY = 0.82f;

    private final ByteBudgetCache<String, byte[]> images = new ByteBudgetCache<>(IMAGE_BUDGET);
    private final ByteBudgetCache<String, byte[]> files = new ByteBudgetCache<>(FILE_BUDGET);
    /**
     * Draws a new file's first page while the secretariat goes on, so that the first member to open it does not
     * wait for the drawing (decision 0009). One at a time, and a warm-up that finds it busy is dropped: it only
     * saves time.
     */
    private final ExecutorService warming = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(4), Thread.ofPlatform().daemon().name("bilag-warm-up").factory(),
            new ThreadPoolExecutor.DiscardPolicy());

    /** The width a request for {@code requested} pixels is drawn at. */
    public static int stepFor(int requested) {
        for (int width : WIDTHS) {
            if (requested <= width) {
                return width;
            }
        }
        return WIDTHS[WIDTHS.length - 1];
    }

    /** Keeps a just stored file in memory and draws its first page for the reader, in the background. */
    public void warm(String fileId, byte[] content) {
        files.put(fileId, content, content.length);
        warming.execute(() -> page(fileId, 1, READER_WIDTH, () -> content));
    }

    @PreDestroy
    void stopWarming() {
        warming.shutdownNow();
    }

    /**
     * Page {@code page} (from 1) of the file as a JPEG {@code stepFor(width)} pixels wide.
     *
     * @param content reads the file from the store, when it is not in memory
     */
    public byte[] page(String fileId, int page, int width, Supplier<byte[]> content) {
        int step = stepFor(width);
        String key = fileId + "/" + page + "/" + step;
        byte[] cached = images.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] pdf = files.get(fileId);
        if (pdf == null) {
            pdf = content.get();
            files.put(fileId, pdf, pdf.length);
        }
        byte[] jpeg = draw(pdf, page, step);
        images.put(key, jpeg, jpeg.length);
        return jpeg;
    }

    private static byte[] draw(byte[] pdf, int page, int width) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(page - 1).getCropBox();
            boolean turned = document.getPage(page - 1).getRotation() % 180 != 0;
            float pageWidth = turned ? box.getHeight() : box.getWidth();
            BufferedImage image = new PDFRenderer(document).renderImage(page - 1, width / pageWidth, ImageType.RGB);
            return jpeg(image);
        } catch (IOException unreadable) {
            // Checked at upload: a file in the store that no longer draws is a failure, not bad input.
            throw new UncheckedIOException("Bilag page " + page + " could not be drawn", unreadable);
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), quality);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Least recently used entries go first once the sizes of all entries pass the budget. */
    static final class ByteBudgetCache<K, V> {

        private final long budget;
        private final Map<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
        private final Map<K, Long> sizes = new LinkedHashMap<>();
        private long used;

        ByteBudgetCache(long budget) {
            this.budget = budget;
        }

        synchronized V get(K key) {
            return entries.get(key);
        }

        synchronized void put(K key, V value, long size) {
            if (size > budget || entries.containsKey(key)) {
                return;
            }
            entries.put(key, value);
            sizes.put(key, size);
            used += size;
            var eldest = entries.keySet().iterator();
            while (used > budget && eldest.hasNext()) {
                K gone = eldest.next();
                eldest.remove();
                used -= sizes.remove(gone);
            }
        }
    }
}
