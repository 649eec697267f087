package dk.plenum.notes.internal;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Translations;
import dk.plenum.notes.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A member's notes of one meeting in reading order, already translated: every agenda item the member may read, and
 * under it their note on the item and their notes on its Bilag pages (Bilag and pages in order). Markdown, XHTML
 * and PDF render exactly this. It is given only notes and items the member may read; it decides nothing.
 */
public record NotesPrintout(String language, String title, String heading, String subtitle, String privacy,
        List<Item> items) {

    private static final Pattern BLANK_LINES = Pattern.compile("\\r?\\n\\s*\\r?\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");

    /** "5. Erhvervsstrategien", "Lukket", then its notes (or the one paragraph "Ingen noter."). */
    public record Item(String heading, String visibility, List<Part> parts) {
    }

    /** A note under its heading ("Min note", "Bilag Budget, side 3"); no heading for "no notes". */
    public record Part(String heading, List<String> paragraphs) {

        /** Each paragraph's lines: a line break the member typed stays one in every format. */
        public List<List<String>> lines() {
            return paragraphs.stream().map(paragraph -> List.of(LINE_BREAK.split(paragraph, -1))).toList();
        }
    }

    public static NotesPrintout of(Meeting meeting, List<Note> notes, String author, Locale locale) {
        String date = MeetingTimes.date(meeting.startsAt(), locale);
        String heading = Translations.text("notes.export.heading", locale);
        return new NotesPrintout(locale.getLanguage(), heading + " · " + meeting.councilName() + " " + date, heading,
                Translations.text("notes.export.subtitle", locale, meeting.councilName(), meeting.title(), date),
                Translations.text("notes.export.privacy", locale, author),
                meeting.items().stream().map(item -> item(item, notes, locale)).toList());
    }

    private static Item item(AgendaItem item, List<Note> notes, Locale locale) {
        List<Part> parts = new ArrayList<>();
        notes.stream().filter(note -> note.itemId().equals(item.id()) && note.attachmentId() == null).findFirst()
                .ifPresent(note -> parts.add(new Part(Translations.text("notes.export.itemNote", locale),
                        paragraphs(note.text()))));
        List<String> bilagOrder = item.attachments().stream().map(Attachment::id).toList();
        notes.stream().filter(note -> note.itemId().equals(item.id()) && note.attachmentId() != null)
                .sorted(Comparator.<Note>comparingInt(note -> bilagOrder.indexOf(note.attachmentId()))
                        .thenComparing(Note::page))
                .forEach(note -> parts.add(new Part(Translations.text("notes.export.pageNote", locale,
                        nameOf(item, note.attachmentId()), note.page()), paragraphs(note.text()))));
        if (parts.isEmpty()) {
            parts.add(new Part(null, List.of(Translations.text("notes.export.none", locale))));
        }
        String title = Objects.requireNonNullElse(item.title(), Translations.text("item.closedTitle", locale));
        return new Item(item.number() + ". " + title,
                Translations.text("visibility." + item.visibility(), locale), parts);
    }

    private static String nameOf(AgendaItem item, String attachmentId) {
        return item.attachments().stream().filter(attachment -> attachment.id().equals(attachmentId))
                .map(Attachment::name).findFirst().orElse(attachmentId);
    }

    /** A blank line starts a new paragraph; a single line break stays a line break within one. */
    private static List<String> paragraphs(String text) {
        return Arrays.stream(BLANK_LINES.split(text.strip())).map(String::strip).toList();
    }
}
