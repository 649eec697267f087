package dk.plenum.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Bilag scenario of bench/bilag.sh, against a running demo-mode server: a 40-page PDF of about 10 MB
 * (each page a photo-like image and a paragraph of text), uploaded {@code copies} times as an open Bilag to
 * the seed meeting's first open item (upload throughput, and how much the store's directory grows per MB of
 * PDF); then for each copy, in headless Chromium at 1024×768, the tap on the Bilag's link on the agenda until
 * its first page is decoded on screen: every copy is a new file, so no page of it is cached yet. Prints a
 * Markdown table row of each figure.
 *
 * <pre>BilagBench PORT DATA_DIR COPIES</pre>
 */
public final class BilagBench {

    private static final int PAGES = 40;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BilagBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        String base = "http://localhost:" + port;
        byte[] pdf = fortyPages();
        HttpClient http = HttpClient.newHttpClient();
        JsonNode meeting = seedMeeting(http, base);
        String meetingId = meeting.get("id").stringValue();
        JsonNode item = null;
        for (JsonNode candidate : meeting.get("items")) {
            if (item == null && "OPEN".equals(candidate.get("visibility").stringValue())) {
                item = candidate;
            }
        }
        String itemId = item.get("id").stringValue();
        int itemNumber = item.get("number").intValue();

        long storeBefore = sizeOf(dataDir);
        List<Long> uploadMillis = new ArrayList<>();
        List<String> attachmentIds = new ArrayList<>();
        for (int copy = 1; copy <= copies; copy++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = upload(http, base, meetingId, itemId, "Benchmark " + copy + ".pdf", pdf);
            uploadMillis.add((System.nanoTime() - start) / 1_000_000);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Upload refused: " + answer.body());
            }
            for (JsonNode updated : JSON.readTree(answer.body()).get("items")) {
                if (updated.get("id").stringValue().equals(itemId)) {
                    JsonNode attachments = updated.get("attachments");
                    attachmentIds.add(attachments.get(attachments.size() - 1).get("id").stringValue());
                }
            }
        }
        Thread.sleep(2_000); // the embedded store's group commit and H2's own writes settle
        long storeAfter = sizeOf(dataDir);
        double megabytes = pdf.length / (1024.0 * 1024.0);
        double totalSeconds = uploadMillis.stream().mapToLong(Long::longValue).sum() / 1000.0;

        List<Long> firstPage = new ArrayList<>();
        List<Long> nextPage = new ArrayList<>();
        try (Playwright playwright = Playwright.create()) {
            Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(dk.plenum.support.Browser.CHROMIUM).setHeadless(true));
            for (int copy = 0; copy < copies; copy++) {
                try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions()
                        .setViewportSize(1024, 768))) {
                    Page page = context.newPage();
                    page.navigate(base + "/meetings/" + meetingId);
                    page.locator("#item-" + itemNumber + " [slot=summary]").first().click();
                    String link = ".plenum-bilag-link[href*='" + attachmentIds.get(copy) + "']";
                    page.locator(link).waitFor();
                    long tap = System.nanoTime();
                    page.locator(link).click();
                    page.waitForFunction("() => { const img = document.querySelector('.plenum-bilag-image');"
                            + " return img && img.complete && img.naturalWidth > 0; }");
                    firstPage.add((System.nanoTime() - tap) / 1_000_000);
                    page.waitForTimeout(1_500); // the next page is fetched meanwhile, as a reader reads
                    String shown = (String) page.locator(".plenum-bilag-image").getAttribute("src");
                    long turn = System.nanoTime();
                    page.locator(".plenum-bilag-next").click();
                    page.waitForFunction("previous => { const img = document.querySelector('.plenum-bilag-image');"
                            + " return img.getAttribute('src') !== previous && img.complete && img.naturalWidth > 0; }",
                            shown);
                    nextPage.add((System.nanoTime() - turn) / 1_000_000);
                }
            }
        }
        System.out.printf("| PDF | %d pages, %.1f MB |%n", PAGES, megabytes);
        System.out.printf("| Upload, each copy (ms) | %s |%n", uploadMillis);
        System.out.printf("| Upload throughput | %.1f MB/s |%n", copies * megabytes / totalSeconds);
        System.out.printf("| Store growth | %.1f MB for %.1f MB of PDF: %.2f MB per MB |%n",
                (storeAfter - storeBefore) / (1024.0 * 1024.0), copies * megabytes,
                (storeAfter - storeBefore) / (1024.0 * 1024.0) / (copies * megabytes));
        System.out.printf("| Tap to first page on screen, each copy (ms) | %s |%n", firstPage);
        System.out.printf("| Next page on screen, each copy (ms) | %s |%n", nextPage);
    }

    private static JsonNode seedMeeting(HttpClient http, String base) throws IOException, InterruptedException {
        JsonNode meetings = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/meetings")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode summary : meetings) {
            if (summary.get("startsAt").stringValue().startsWith("2024-02-29")) {
                return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/meetings/"
                        + summary.get("id").stringValue())).build(), HttpResponse.BodyHandlers.ofString()).body());
            }
        }
        throw new IllegalStateException("No demo meeting of 29 February 2024: is the server in demo mode?");
    }

    private static HttpResponse<String> upload(HttpClient http, String base, String meetingId, String itemId,
            String name, byte[] pdf) throws IOException, InterruptedException {
        String boundary = "----bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\nOPEN\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/meetings/" + meetingId + "/items/" + itemId
                        + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "sekretariat:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** 40 A4 pages, each with a noisy 1000×700 JPEG (as a scanned photo compresses) and a line of text. */
    static byte[] fortyPages() throws IOException {
        Random random = new Random(40);
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int number = 1; number <= PAGES; number++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                BufferedImage photo = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < 700; y++) {
                    for (int x = 0; x < 1000; x++) {
                        int shade = (x * 255 / 1000 + random.nextInt(90)) & 0xFF;
                        photo.setRGB(x, y, shade << 16 | (y * 255 / 700) << 8 | random.nextInt(256));
                    }
                }
                PDImageXObject image = JPEGFactory.createFromImage(document, photo, 0.85f);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 60, 300, 475, 332);
                    content.beginText();
                    content.setFont(font, 14);
                    content.newLineAtOffset(60, 260);
                    content.showText("Benchmark page " + number + " of " + PAGES + ": the annual report's figures.");
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
