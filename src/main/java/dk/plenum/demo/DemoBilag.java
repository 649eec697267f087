package dk.plenum.demo;

import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.security.Actor;
import dk.plenum.store.StoreMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the meeting of 29 February 2024 gets real Bilag PDFs, made here with PDFBox from the items' own
 * text (the seed): the "Årsrapport 2023 for Erhvervsstrategien" and the partnership's framework, both open,
 * and a closed note on the annual report. Uploaded through {@link BilagService} as the secretariat would,
 * once: an item that already has a Bilag with a file is left alone.
 */
@Component
class DemoBilag {

    private static final LocalDate SEED_DAY = LocalDate.of(2024, 2, 29);
    private static final String ANNUAL_REPORT = "Årsrapport 2023 for Erhvervsstrategien";
    private static final String PARTNERSHIP = "Partnerskab om alle unges vej til uddannelse og job";
    private static final Logger log = LoggerFactory.getLogger(DemoBilag.class);

    private static final float MARGIN = 64;
    private static final float BODY_SIZE = 12;
    private static final float LEADING = 17;

    private final StoreMode store;
    private final MeetingJournal journal;
    private final BilagService bilag;

    DemoBilag(StoreMode store, MeetingJournal journal, BilagService bilag) {
        this.store = store;
        this.journal = journal;
        this.bilag = bilag;
    }

    /** When the app is ready: after {@link DemoData} imported the meeting. */
    @EventListener(ApplicationReadyEvent.class)
    void attachDemoBilag() {
        if (!store.isEmbedded()) {
            return;
        }
        Actor secretariat = DemoData.administrator();
        journal.findAll().stream()
                .filter(meeting -> DemoData.COUNCIL.equals(meeting.councilName()))
                .filter(meeting -> SEED_DAY.equals(LocalDate.ofInstant(meeting.startsAt(), MeetingTimes.COUNCIL_ZONE)))
                .findFirst()
                .ifPresent(meeting -> attach(meeting, secretariat));
    }

    private void attach(Meeting meeting, Actor secretariat) {
        int added = 0;
        for (AgendaItem item : meeting.items()) {
            if (item.attachments().stream().anyMatch(Attachment::hasFile)) {
                continue;
            }
            if (ANNUAL_REPORT.equals(item.title())) {
                bilag.add(meeting.id(), item.id(), List.of(new BilagUpload("Årsrapport 2023 – Erhvervsstrategien.pdf",
                        document(item.title(), "Bilag til punkt " + item.number(), item.sections()))),
                        Visibility.OPEN, secretariat);
                bilag.add(meeting.id(), item.id(), List.of(new BilagUpload("Notat om budget 2025 (fortroligt).pdf",
                        document("Notat om budget 2025", "Fortroligt – lukket bilag til punkt " + item.number(),
                                item.sections().subList(0, 1)))), Visibility.CLOSED, secretariat);
                added += 2;
            } else if (PARTNERSHIP.equals(item.title())) {
                bilag.add(meeting.id(), item.id(), List.of(new BilagUpload("Rammebeskrivelse for partnerskabet.pdf",
                        document("Rammebeskrivelse for partnerskabet", item.title(), item.sections()))),
                        Visibility.OPEN, secretariat);
                added++;
            }
        }
        if (added > 0) {
            log.info("Demo mode: attached {} Bilag PDF(s) to the meeting of {}", added, SEED_DAY);
        }
    }

    /** An A4 PDF: a title page, then each section from a new page, its text wrapped to the page. */
    static byte[] document(String title, String subtitle, List<Section> sections) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "DejaVuSans.ttf");
            PDFont bold = font(document, "DejaVuSans-Bold.ttf");
            List<List<Line>> pages = new ArrayList<>();
            pages.add(List.of(new Line(title, bold, 22), new Line("", regular, BODY_SIZE),
                    new Line(subtitle, regular, 14), new Line("Erhvervsrådet, mødet den 29. februar 2024", regular, 14)));
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (Section section : sections) {
                List<Line> lines = new ArrayList<>();
                lines.add(new Line(section.heading(), bold, 16));
                for (String paragraph : section.body().split("\n")) {
                    wrap(paragraph.strip(), regular, width).forEach(text -> lines.add(new Line(text, regular, BODY_SIZE)));
                    lines.add(new Line("", regular, BODY_SIZE));
                }
                for (int start = 0; start < lines.size(); start += perPage) {
                    pages.add(lines.subList(start, Math.min(lines.size(), start + perPage)));
                }
            }
            for (int number = 0; number < pages.size(); number++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = PDRectangle.A4.getHeight() - MARGIN;
                    for (Line line : pages.get(number)) {
                        y -= line.size() > BODY_SIZE ? line.size() * 1.5f : LEADING;
                        write(content, line.text(), line.font(), line.size(), MARGIN, y);
                    }
                    write(content, "Side " + (number + 1) + " af " + pages.size(), regular, 9, MARGIN, MARGIN / 2);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException("The demo Bilag could not be made", impossible);
        }
    }

    private record Line(String text, PDFont font, float size) {
    }

    private static void write(PDPageContentStream content, String text, PDFont font, float size, float x, float y)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static List<String> wrap(String paragraph, PDFont font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * BODY_SIZE > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream font = DemoBilag.class.getResourceAsStream("/fonts/" + file)) {
            return PDType0Font.load(document, font);
        }
    }
}
