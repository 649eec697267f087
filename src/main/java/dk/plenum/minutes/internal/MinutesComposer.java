package dk.plenum.minutes.internal;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Correction;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Translations;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Visibility;
import dk.plenum.minutes.internal.MinutesDocument.Block;
import dk.plenum.minutes.internal.MinutesDocument.Fact;
import dk.plenum.minutes.internal.MinutesDocument.Item;
import dk.plenum.minutes.internal.MinutesDocument.Kind;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Writes the minutes of a meeting that has already been through {@code MeetingVisibility}: it prints
 * what it is given and decides nothing about who may read what. Labels come from the UI's
 * translations ({@code minutes.*}), so the minutes speak the same words as the views.
 */
public final class MinutesComposer {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private final Locale locale;

    private MinutesComposer(Locale locale) {
        this.locale = locale;
    }

    /** The minutes of {@code visible}, as the edition for members or for the public, in {@code locale}. */
    public static MinutesDocument compose(Meeting visible, boolean membersEdition, Locale locale) {
        return new MinutesComposer(locale).document(visible, membersEdition);
    }

    private MinutesDocument document(Meeting meeting, boolean membersEdition) {
        Instant start = Objects.requireNonNullElse(meeting.startedAt(), meeting.startsAt());
        Instant end = meeting.startedAt() != null && meeting.endedAt() != null ? meeting.endedAt() : meeting.endsAt();
        String date = MeetingTimes.date(meeting.startsAt(), locale);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(label("minutes.date"), date));
        facts.add(new Fact(label("minutes.time"), MeetingTimes.timeRange(start, end, locale)));
        if (meeting.location() != null) {
            facts.add(new Fact(label("minutes.place"), meeting.location()));
        }
        facts.add(new Fact(label("minutes.status"), meeting.minutesApproved()
                ? label("minutes.approved", shortDate(meeting.minutesApprovedAt()))
                : label("minutes.draft")));
        return new MinutesDocument(locale.getLanguage(),
                label("minutes.heading", meeting.councilName()) + " " + shortDate(meeting.startsAt()),
                label("minutes.heading", meeting.councilName()), meeting.title(),
                label(membersEdition ? "minutes.edition.members" : "minutes.edition.public"), facts,
                attendance(meeting), meeting.items().stream().map(item -> item(meeting, item)).toList());
    }

    private Block attendance(Meeting meeting) {
        List<Fact> lines = new ArrayList<>();
        addNames(lines, "minutes.present", meeting, participant -> participant.attendance() == AttendanceStatus.PRESENT
                || participant.attendance() == AttendanceStatus.LEFT);
        addNames(lines, "minutes.apologies", meeting,
                participant -> participant.attendance() == AttendanceStatus.APOLOGY);
        // Summoned members who never checked in were absent, though they sent no apology.
        addNames(lines, "minutes.absent", meeting, participant -> participant.votes()
                && (participant.attendance() == AttendanceStatus.ABSENT
                        || participant.attendance() == AttendanceStatus.EXPECTED));
        return new Block(Kind.ATTENDANCE, label("minutes.attendance"), lines, List.of());
    }

    private void addNames(List<Fact> lines, String key, Meeting meeting, Predicate<Participant> which) {
        List<String> names = meeting.participants().stream().filter(which)
                .map(participant -> describe(meeting, participant)).toList();
        if (!names.isEmpty()) {
            lines.add(new Fact(label(key), String.join(", ", names)));
        }
    }

    private String describe(Meeting meeting, Participant participant) {
        if (participant.substituteFor() != null) {
            return label("minutes.substituteFor", participant.name(), meeting.nameOf(participant.substituteFor()));
        }
        if (participant.role() == MemberRole.CHAIR) {
            return label("minutes.chair", participant.name());
        }
        if (participant.role() == MemberRole.VICE_CHAIR) {
            return label("minutes.viceChair", participant.name());
        }
        if (participant.role() == MemberRole.SECRETARIAT) {
            return label("minutes.secretariat", participant.name());
        }
        return participant.name();
    }

    private Item item(Meeting meeting, AgendaItem item) {
        List<Block> blocks = new ArrayList<>();
        item.sections().forEach(section -> blocks.add(new Block(Kind.SECTION, section.heading(), List.of(),
                paragraphs(section.body()))));
        if (!item.attachments().isEmpty()) {
            blocks.add(new Block(Kind.ATTACHMENTS, label("minutes.attachments"), List.of(),
                    item.attachments().stream().map(this::attachment).toList()));
        }
        List<String> voting = new VotingLines(meeting, locale).of(item.id());
        if (item.decision() != null) {
            blocks.add(decision(meeting, item.decision(), voting));
        } else if (!voting.isEmpty()) {
            blocks.add(new Block(Kind.DECISION, label("minutes.decision"), List.of(), voting));
        }
        List<String> entries = meeting.protocolEntries().stream()
                .filter(entry -> entry.itemId().equals(item.id()) && entry.isAccepted())
                .map(entry -> label("minutes.protocolEntry", meeting.nameOf(entry.memberId()), entry.text()))
                .toList();
        if (!entries.isEmpty()) {
            blocks.add(new Block(Kind.PROTOCOL_ENTRIES, label("minutes.protocolEntries"), List.of(), entries));
        }
        String title = item.title() != null ? item.title() : label("minutes.closedTitle");
        String heading = item.number() + ". " + title;
        return new Item(item.id(), item.withdrawn() ? label("minutes.withdrawn", heading) : heading,
                label(item.isOpen() ? "minutes.open" : "minutes.closed"), blocks);
    }

    private String attachment(Attachment attachment) {
        return attachment.visibility() == Visibility.OPEN ? attachment.name()
                : label("minutes.attachmentClosed", attachment.name());
    }

    private Block decision(Meeting meeting, Decision decision, List<String> voting) {
        List<String> paragraphs = new ArrayList<>(paragraphs(decision.text()));
        paragraphs.addAll(voting);
        paragraphs.addAll(new VotingLines(meeting, locale).of(decision));
        if (decision.dissent() != null) {
            paragraphs.add(label("minutes.dissent", decision.dissent()));
        }
        List<String> absent = decision.absentMemberIds().stream().map(memberId -> meeting.nameOf(memberId)).toList();
        if (absent.size() == 1) {
            paragraphs.add(label("minutes.absentOne", absent.getFirst()));
        } else if (absent.size() > 1) {
            paragraphs.add(label("minutes.absentMany", String.join(", ", absent.subList(0, absent.size() - 1)),
                    absent.getLast()));
        }
        for (Correction correction : decision.corrections()) {
            // The public's copy names no secretary (MeetingVisibility).
            paragraphs.add(correction.by() == null
                    ? label("minutes.correctionUnsigned", shortDate(correction.at()), correction.reason())
                    : label("minutes.correction", shortDate(correction.at()), correction.by(), correction.reason()));
            if (correction.previousText() != null) {
                paragraphs.add(label("minutes.correctionPrevious", correction.previousText()));
            }
        }
        return new Block(Kind.DECISION, label("minutes.decision"), List.of(), paragraphs);
    }


    /** Paragraphs are separated by blank lines; single line breaks stay inside a paragraph. */
    private static List<String> paragraphs(String body) {
        return Arrays.stream(BLANK_LINES.split(body.strip())).map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty()).toList();
    }

    private String shortDate(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(instant.atZone(MeetingTimes.COUNCIL_ZONE));
    }

    private String label(String key, Object... args) {
        return Translations.text(key, locale, args);
    }
}
