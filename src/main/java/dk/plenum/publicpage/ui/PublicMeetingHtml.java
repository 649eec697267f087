package dk.plenum.publicpage.ui;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.AttendanceList;
import dk.plenum.meeting.Ballot;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.ProtocolEntry;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.SpeakerList;
import dk.plenum.meeting.Translations;
import dk.plenum.meeting.VoteSentence;
import dk.plenum.shell.Badges;
import dk.plenum.shell.Navigation;
import dk.plenum.timeplan.TimePlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * The public's page of a meeting as HTML, from {@code templates/public/meeting.html}: what the template prints is
 * worked out here, in the page's language, from the meeting as the public may see it (the caller passes the
 * public snapshot; nothing is filtered here). Thymeleaf escapes every text, so nothing a user typed becomes markup.
 * The texts the page's script needs to patch the page when an event comes are handed to it in one attribute.
 */
final class PublicMeetingHtml {

    /** Every text the script shows by itself; the rest it takes from the page as the server renders it. */
    private static final List<String> SCRIPT_TEXTS = List.of("publicPage.connection.connecting",
            "publicPage.connection.live", "publicPage.connection.reconnecting", "publicPage.connection.polling",
            "publicPage.announce.decision", "publicPage.announce.current", "live.current", "live.decision",
            "live.publicDecision", "live.dissent", "live.now", "item.withdrawn", "publicPage.ballot.open",
            "publicPage.announce.ballotOpen", "publicPage.announce.ballotCancelled", "meetings.status.SCHEDULED",
            "meetings.status.LIVE", "meetings.status.ADJOURNED", "meetings.status.CLOSED", "meetings.status.CANCELLED");

    /** As many waiting speakers as the members' page lists. */
    private static final int NEXT_SPEAKERS_SHOWN = 3;

    private static final TemplateEngine TEMPLATES = templates();

    private final ObjectMapper json;

    PublicMeetingHtml(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The page of {@code publicMeeting}, the meeting as the public may see it, in {@code language}, with each coming
     * item's expected time from {@code plan} (its time plan as of now; null: none).
     */
    String page(Meeting publicMeeting, TimePlan plan, Locale language, String path) {
        Context context = new Context(language);
        context.setVariable("page", page(language, path, scriptTexts(language)));
        context.setVariable("meeting", meeting(publicMeeting, plan, language, PUBLIC_READING));
        return TEMPLATES.process("public/meeting", context);
    }

    /**
     * A member's offline edition of the meeting (decision 0022): {@code membersMeeting} as the member may see it,
     * with their own notes, the Bilag read on the edition's own pages, and "offline, as of" the moment it was made.
     */
    String offline(Meeting membersMeeting, TimePlan plan, Locale language, String path, Reading reading,
            Instant asOf) {
        Context context = new Context(language);
        context.setVariable("page", page(language, path, "{}"));
        context.setVariable("meeting", meeting(membersMeeting, plan, language, reading));
        context.setVariable("offline", offlineView(membersMeeting.id(), language, asOf));
        return TEMPLATES.process("public/offline", context);
    }

    /**
     * The address of one page's image in the offline edition. It names the Bilag's file, so a replaced Bilag's pages
     * get new addresses and a device keeps the pages it already has until then (see {@code scripts/offline.js}).
     */
    static String pageImage(String bilagPage, Attachment attachment, int page) {
        return bilagPage + "/pages/" + page + "?file=" + attachment.fileId();
    }

    /** One Bilag of the offline edition, page by page as images, with the member's note under each page. */
    String offlineBilag(Meeting membersMeeting, AgendaItem item, Attachment attachment, Locale language, String path,
            Reading reading, Instant asOf) {
        Context context = new Context(language);
        context.setVariable("page", page(language, path, "{}"));
        String bilagPage = reading.bilagPage(membersMeeting.id(), item, attachment);
        List<BilagPage> pages = IntStream.rangeClosed(1, attachment.pageCount())
                .mapToObj(number -> new BilagPage(pageImage(bilagPage, attachment, number),
                        text("offline.pageOf", language, number, attachment.pageCount()),
                        reading.pageNote(item, attachment, number)))
                .toList();
        context.setVariable("bilag", new OfflineBilagView(attachment.name(), item.number() + " " + titleOf(item, language),
                pages, text("notes.export.heading", language), Navigation.offline(membersMeeting.id()),
                text("offline.backToAgenda", language)));
        context.setVariable("offline", offlineView(membersMeeting.id(), language, asOf));
        return TEMPLATES.process("public/offline-bilag", context);
    }

    /** The answer to a link to a meeting the public may not see (a draft) or that does not exist. */
    String notFound(Locale language, String path) {
        Context context = new Context(language);
        context.setVariable("page", page(language, path, "{}"));
        context.setVariable("notFound", new NotFound(text("notFound.title", language), text("notFound.text", language),
                text("notFound.back", language)));
        return TEMPLATES.process("public/not-found", context);
    }

    private static OfflineView offlineView(String meetingId, Locale language, Instant asOf) {
        return new OfflineView(text("offline.asOf", language, MeetingTimes.shortDateTime(asOf, language)),
                text("offline.returns", language), "/" + Navigation.agenda(meetingId));
    }

    private static Page page(Locale language, String path, String scriptTexts) {
        return new Page(language.getLanguage(), path, languages(language), text("publicPage.skip", language),
                text("shell.login", language), text("shell.language", language),
                text("publicPage.connection.static", language), scriptTexts);
    }

    private MeetingView meeting(Meeting meeting, TimePlan plan, Locale language, Reading reading) {
        AgendaItem current = currentItem(meeting);
        String when = MeetingTimes.date(meeting.startsAt(), language) + ", "
                + text("agenda.time", language, MeetingTimes.timeRange(meeting.startsAt(), meeting.endsAt(), language));
        return new MeetingView(meeting.id(), meeting.lastSeq(), meeting.councilName(), meeting.title(), when,
                meeting.location(), meeting.listedStatus(), text("meetings.status." + meeting.listedStatus(), language),
                Badges.statusTone(meeting).name().toLowerCase(Locale.ROOT), text("meeting.kind." + meeting.kind(), language),
                meeting.minutesApproved() ? text("minutes.approvedOn", language,
                        MeetingTimes.date(meeting.minutesApprovedAt(), language)) : null,
                current == null ? null : text("live.now", language, current.number(), titleOf(current, language)),
                current == null ? null : itemAnchor(current), text("agenda.title", language),
                meeting.items().isEmpty() ? text("agenda.notPublished", language) : null,
                meeting.items().stream().map(item -> item(meeting, item, current, plan, language, reading)).toList(),
                attendance(meeting, language), text("live.attendance.title", language), speakers(meeting, language),
                openBallot(meeting, language));
    }

    /**
     * "Vote in progress on item 3: …" while an electronic vote is open on an item the public sees (the public's copy
     * holds none on a closed item, and never who has voted: decision 0015); else null.
     */
    private static String openBallot(Meeting meeting, Locale language) {
        return ballotItem(meeting).map(item -> text("publicPage.announce.ballotOpen", language, item.number(),
                titleOf(item, language))).orElse(null);
    }

    private static Optional<AgendaItem> ballotItem(Meeting meeting) {
        Ballot ballot = meeting.voting().ballot();
        return ballot == null ? Optional.empty() : meeting.item(ballot.itemId());
    }

    /** The item under discussion while the meeting runs or is paused, as on the members' page. */
    private static AgendaItem currentItem(Meeting meeting) {
        return meeting.inSession() ? meeting.currentItem().orElse(null) : null;
    }

    /**
     * Who has the floor on the current item and who is next, as the members' page shows it (speakers.SpeakerBoard),
     * while the meeting runs and the item has a list the public may see; else null.
     */
    private static SpeakersView speakers(Meeting meeting, Locale language) {
        SpeakerList list = meeting.currentSpeakerList().orElse(null);
        if (list == null) {
            return null;
        }
        List<String> next = list.queue().stream().limit(NEXT_SPEAKERS_SHOWN)
                .map(request -> speakerName(meeting, request.memberId(), request.reply(), language)).toList();
        return new SpeakersView(text("speakers.title", language), text("speakers.floor", language),
                list.floor() == null ? text("speakers.nobody", language)
                        : speakerName(meeting, list.floor().memberId(), list.floor().reply(), language),
                text("speakers.next", language), next, next.isEmpty() ? text("speakers.noneWaiting", language) : null,
                list.closed() ? text("speakers.closed", language) : null);
    }

    private static String speakerName(Meeting meeting, String memberId, boolean reply, Locale language) {
        String name = meeting.nameOf(memberId);
        return reply ? name + " (" + text("speakers.reply", language) + ")" : name;
    }

    private ItemView item(Meeting meeting, AgendaItem item, AgendaItem current, TimePlan plan, Locale language,
            Reading reading) {
        List<Badge> badges = new ArrayList<>();
        boolean isCurrent = current != null && current.id().equals(item.id());
        if (isCurrent) {
            badges.add(new Badge(text("live.current", language), "live", "plenum-current-badge"));
        }
        if (ballotItem(meeting).filter(voted -> voted.id().equals(item.id())).isPresent()) {
            badges.add(new Badge(text("publicPage.ballot.open", language), "live", "plenum-ballot-open-badge"));
        }
        badges.add(new Badge(text("visibility." + item.visibility(), language), item.isOpen() ? "open" : "closed", ""));
        if (item.kind() == ItemKind.ROUND_THE_TABLE) {
            badges.add(new Badge(text("item.kind.ROUND_THE_TABLE", language), "info", ""));
        }
        if (item.withdrawn()) {
            badges.add(new Badge(text("item.withdrawn", language), "closed", "plenum-withdrawn-badge"));
        }
        Decision decision = item.decision();
        List<String> notes = new ArrayList<>();
        if (!item.isOpen() && item.sections().isEmpty()) {
            notes.add(text("item.closedForPublic", language));
        }
        List<BilagView> bilag = item.attachments().stream()
                .map(attachment -> bilag(meeting.id(), item, attachment, language, reading)).toList();
        boolean noText = item.presenter() == null && item.sections().isEmpty() && bilag.isEmpty() && notes.isEmpty()
                && decision == null && item.kind() == ItemKind.REGULAR;
        return new ItemView(item.id(), itemAnchor(item), item.number(), titleOf(item, language), isCurrent,
                item.withdrawn(), badges,
                decision == null ? null : new DecisionView(text("live.decision", language), outcome(decision, language),
                        decision.text(), decision.dissent() == null ? null
                                : text("live.dissent", language, decision.dissent())),
                voting(meeting, item, language),
                item.presenter() == null ? null : text("item.presenter", language, item.presenter()),
                item.sections(), bilag, bilag.isEmpty() ? null : text("item.attachments", language), notes,
                noText ? text("item.noText", language) : null, roundTable(meeting, item, language),
                plan == null ? null : plan.expectedStart(item.id()).map(expected -> text("timeplan.expected", language,
                        MeetingTimes.timeRange(expected, null, language))).orElse(null),
                item.isOpen() ? text("protocol.accepted", language) : null, acceptedEntries(meeting, item, language),
                reading.itemNote(item) == null ? null : text("notes.export.itemNote", language), reading.itemNote(item));
    }

    /** The protocol entries under the item that the meeting as the public may see holds: accepted, of an open item. */
    private static List<String> acceptedEntries(Meeting meeting, AgendaItem item, Locale language) {
        return meeting.protocolEntries().stream().filter(entry -> entry.itemId().equals(item.id()))
                .filter(ProtocolEntry::isAccepted)
                .map(entry -> text("protocol.entryBy", language, meeting.nameOf(entry.memberId()), entry.text()))
                .toList();
    }

    /** Who is inhabil on the item, its vote, and its decision's quorum and dissenters, as the members' page words them. */
    private static List<String> voting(Meeting meeting, AgendaItem item, Locale language) {
        List<String> lines = new ArrayList<>();
        List<String> inhabil = meeting.voting().conflictedOn(item.id()).stream()
                .map(memberId -> text("voting.conflict.of", language, meeting.nameOf(memberId))).toList();
        if (!inhabil.isEmpty()) {
            lines.add(text("voting.conflicts", language) + ": " + String.join(", ", inhabil));
        }
        meeting.voting().voteOn(item.id()).ifPresent(vote ->
                lines.add(text("voting.vote.recorded", language, VoteSentence.of(meeting, vote, language))));
        if (item.decision() != null) {
            if (item.decision().withoutQuorum()) {
                lines.add(text("minutes.withoutQuorum", language));
            }
            VoteSentence.dissenters(meeting, item.decision(), language).ifPresent(lines::add);
        }
        return lines;
    }

    /** The news posted under a round-the-table item: the meeting as the public may see it holds only open items'. */
    private static RoundTableView roundTable(Meeting meeting, AgendaItem item, Locale language) {
        if (item.kind() != ItemKind.ROUND_THE_TABLE) {
            return null;
        }
        List<PostView> posts = meeting.roundTable().stream().filter(post -> item.id().equals(post.itemId()))
                .map(post -> new PostView(meeting.nameOf(post.memberId()), post.text(),
                        post.edited() ? text("live.roundTable.edited", language) : null))
                .toList();
        return new RoundTableView(text("live.roundTable.posts", language),
                posts.isEmpty() ? text("live.roundTable.empty", language) : null, posts);
    }

    private static BilagView bilag(String meetingId, AgendaItem item, Attachment attachment, Locale language,
            Reading reading) {
        if (!attachment.hasFile()) {
            return new BilagView(attachment.name() + " (" + text("attachment.nameOnly", language) + ")", null, null);
        }
        return new BilagView(attachment.name(), reading.bilagPage(meetingId, item, attachment),
                text("attachment.pages", language, attachment.pageCount()));
    }

    /** Its id follows the display number, as on the members' page, so a link to item 5 stays a link to item 5. */
    private static String itemAnchor(AgendaItem item) {
        return "item-" + item.number();
    }

    private static String titleOf(AgendaItem item, Locale language) {
        return item.title() != null ? item.title() : text("item.closedTitle", language);
    }

    /** The outcome, or for the public's copy of a closed item's decision (outcome withheld) "public decision". */
    private static String outcome(Decision decision, Locale language) {
        return decision.outcome() == null ? text("live.publicDecision", language)
                : text("live.outcome." + decision.outcome(), language);
    }

    private static List<AttendanceGroup> attendance(Meeting meeting, Locale language) {
        return AttendanceList.groups(meeting).entrySet().stream().map(group -> new AttendanceGroup(
                text("live.attendance." + group.getKey(), language) + " (" + group.getValue().size() + ")",
                group.getValue().stream().map(person -> new PersonView(person.name(),
                        AttendanceList.note(meeting, person, language))).toList())).toList();
    }

    /** The language switch: the same page with {@code ?lang=} in each language, the page's own marked current. */
    private static List<LanguageLink> languages(Locale language) {
        return Translations.LANGUAGES.stream().map(other -> new LanguageLink(other.getLanguage(),
                other.getDisplayLanguage(other), other.getLanguage().equals(language.getLanguage()))).toList();
    }

    private String scriptTexts(Locale language) {
        Map<String, String> texts = new LinkedHashMap<>();
        SCRIPT_TEXTS.forEach(key -> texts.put(key, text(key, language)));
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            texts.put("live.outcome." + outcome, text("live.outcome." + outcome, language));
        }
        return json.writeValueAsString(texts);
    }

    private static String text(String key, Locale language, Object... args) {
        return Translations.text(key, language, args);
    }

    private static TemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PublicMeetingHtml.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /**
     * Where the page leads a reader and what it adds for them: the public reads a Bilag in the Vaadin reader and has
     * no notes; a member's offline edition reads it on its own pages, with the member's notes.
     */
    interface Reading {

        /** The member's note on the item, or null. */
        String itemNote(AgendaItem item);

        /** Where the Bilag is read, from its first page; in the offline edition its pages' images are below it. */
        String bilagPage(String meetingId, AgendaItem item, Attachment attachment);

        /** The member's note on one page of the Bilag, or null. */
        default String pageNote(AgendaItem item, Attachment attachment, int page) {
            return null;
        }
    }

    /** The public's: the Vaadin reader, no notes. */
    private static final Reading PUBLIC_READING = new Reading() {
        @Override
        public String itemNote(AgendaItem item) {
            return null;
        }

        @Override
        public String bilagPage(String meetingId, AgendaItem item, Attachment attachment) {
            return "/" + Navigation.bilagReader(meetingId, item.id(), attachment.id(), 1);
        }
    };

    /** "Offline – as of …", that the page goes back to the live page by itself, and where that is. */
    record OfflineView(String asOf, String returns, String live) {
    }

    /** One page of a Bilag in the offline edition: its image, the image's text alternative, the member's note. */
    record BilagPage(String image, String label, String note) {
    }

    record OfflineBilagView(String name, String item, List<BilagPage> pages, String notesHeading, String back,
            String backLabel) {
    }

    /**
     * What every page of this kind has: its language, the language switch, the connection state shown until the
     * script runs (and without it), the texts for its script.
     */
    record Page(String language, String path, List<LanguageLink> languages, String skip, String login,
            String languageLabel, String staticState, String scriptTexts) {
    }

    record LanguageLink(String code, String name, boolean current) {
    }

    record NotFound(String title, String text, String back) {
    }

    /**
     * {@code statusCode}: the status as the events name it, which the script follows; {@code status} its words.
     * {@code minutesApproved}: "Referat godkendt …" once the minutes are approved, else null. {@code ballot}: that a
     * vote is in progress, and on which item, else null.
     */
    record MeetingView(String id, long seq, String council, String title, String when, String location,
            String statusCode, String status,
            String statusTone, String kind, String minutesApproved, String now, String nowAnchor, String agendaTitle,
            String notPublished,
            List<ItemView> items, List<AttendanceGroup> attendance, String attendanceTitle, SpeakersView speakers,
            String ballot) {
    }

    /** {@code noneWaiting} and {@code closed}: said when so, else null. */
    record SpeakersView(String heading, String floorLabel, String floor, String nextLabel, List<String> next,
            String noneWaiting, String closed) {
    }

    /**
     * {@code voting}: lines on inhabilitet, the vote and the decision's quorum and dissenters; none: empty.
     * {@code noText}: "no further text" for an item with nothing else to show (no decision either), else null.
     * {@code expected}: when a coming item is expected to start, by the time plan, else null. {@code entries}: the
     * accepted protocol entries, each as the minutes word it.
     */
    record ItemView(String id, String anchor, int number, String title, boolean current, boolean withdrawn,
            List<Badge> badges, DecisionView decision, List<String> voting, String presenter, List<Section> sections,
            List<BilagView> bilag, String bilagTitle, List<String> notes, String noText, RoundTableView roundTable,
            String expected, String entriesTitle, List<String> entries, String noteHeading, String note) {
    }

    /** {@code empty}: what the item says before anyone posted, else null. */
    record RoundTableView(String heading, String empty, List<PostView> posts) {
    }

    /** {@code edited}: the mark of a post edited after it was posted, else null. */
    record PostView(String author, String text, String edited) {
    }

    /** {@code tone}: open, closed, live, info or neutral, as the members' page colours its badges. */
    record Badge(String text, String tone, String role) {
    }

    /** {@code dissent}: the minority's statement as the page words it, or null (never for a closed item's copy). */
    record DecisionView(String heading, String outcome, String text, String dissent) {
    }

    /** {@code href} null: a Bilag known only by its name, with no file to read. */
    record BilagView(String name, String href, String pages) {
    }

    record AttendanceGroup(String heading, List<PersonView> people) {
    }

    record PersonView(String name, String note) {
    }
}
