package dk.plenum.publicpage.ui;

import dk.plenum.bilag.BilagService;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.notes.Note;
import dk.plenum.notes.NotePlace;
import dk.plenum.notes.NotesService;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.shell.Navigation;
import dk.plenum.timeplan.TimePlanService;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * A member's offline edition of a meeting (decision 0022): the members' agenda (closed items included) with the
 * member's own notes, and each Bilag as page images with the notes on its pages, rendered on the server as the public
 * page is, for the offline worker to keep on the member's device. Only a member of the meeting's council, logged in,
 * gets it; to anyone else it does not exist. Never kept in the browser's HTTP cache ({@code no-store}): the copy lives
 * in the member's own offline cache, which logging out empties.
 */
@Controller
class OfflineEdition {

    /** Wide enough to read a page on a tablet, half the bytes of the reader's zoomable images. */
    private static final int PAGE_WIDTH = 1200;
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);
    private static final String EDITION = Navigation.OFFLINE;
    private static final String BILAG = EDITION + "/items/{itemId}/bilag/{attachmentId}";
    /** What the edition's pages load besides themselves, kept with them. */
    private static final List<String> ASSETS = List.of("/styles/public-meeting.css", "/styles/speakers.css",
            "/styles/offline.css", "/scripts/offline-edition.js", "/icons/icon.png");
    private static final String WORKER = "offline/offline-worker.js";

    private final MeetingJournal journal;
    private final CurrentActor currentActor;
    private final TimePlanService timePlan;
    private final NotesService notes;
    private final BilagService bilag;
    private final PublicMeetingHtml html;
    private final Clock clock;

    OfflineEdition(MeetingJournal journal, CurrentActor currentActor, TimePlanService timePlan, NotesService notes,
            BilagService bilag, ObjectMapper json, ObjectProvider<Clock> clock) {
        this.journal = journal;
        this.currentActor = currentActor;
        this.timePlan = timePlan;
        this.notes = notes;
        this.bilag = bilag;
        this.html = new PublicMeetingHtml(json);
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** A member's reading of the meeting: who, and the meeting as they may see it. */
    private record Member(Actor actor, Meeting meeting) {
    }

    @GetMapping(EDITION)
    ResponseEntity<String> edition(@PathVariable(Navigation.MEETING_ID) String meetingId,
            @RequestParam(name = "lang", required = false) String lang, HttpServletRequest request) {
        Locale language = PublicMeetingPage.languageOf(lang, request);
        Optional<Member> member = member(meetingId);
        if (member.isEmpty()) {
            return notFound(language, request);
        }
        Meeting meeting = member.get().meeting();
        return page(html.offline(meeting, timePlan.planOf(meeting).orElse(null), language, request.getRequestURI(),
                reading(member.get()), clock.instant()));
    }

    @GetMapping(BILAG)
    ResponseEntity<String> bilag(@PathVariable(Navigation.MEETING_ID) String meetingId, @PathVariable String itemId,
            @PathVariable String attachmentId, @RequestParam(name = "lang", required = false) String lang,
            HttpServletRequest request) {
        Locale language = PublicMeetingPage.languageOf(lang, request);
        Optional<Member> member = member(meetingId);
        Optional<Attachment> attachment = member.flatMap(found -> readable(found, itemId, attachmentId));
        if (attachment.isEmpty()) {
            return notFound(language, request);
        }
        Meeting meeting = member.get().meeting();
        return page(html.offlineBilag(meeting, meeting.item(itemId).orElseThrow(), attachment.get(), language,
                request.getRequestURI(), reading(member.get()), clock.instant()));
    }

    @GetMapping(BILAG + "/pages/{page}")
    ResponseEntity<byte[]> pageImage(@PathVariable(Navigation.MEETING_ID) String meetingId,
            @PathVariable String itemId, @PathVariable String attachmentId, @PathVariable int page) {
        Optional<Attachment> attachment = member(meetingId).flatMap(found -> readable(found, itemId, attachmentId))
                .filter(found -> page >= 1 && page <= found.pageCount());
        if (attachment.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_JPEG)
                .body(bilag.pageImage(meetingId, itemId, attachmentId, page, PAGE_WIDTH));
    }

    /**
     * Every address the edition of the meeting needs to be read offline, in the language asked for: the worker's
     * page script fetches them all into the member's cache.
     */
    @GetMapping(path = EDITION + "/files", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<String>> files(@PathVariable(Navigation.MEETING_ID) String meetingId,
            @RequestParam(name = "lang", required = false) String lang, HttpServletRequest request) {
        Optional<Member> member = member(meetingId);
        if (member.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        // One of Plenum's languages, never what the address said: these addresses are kept on the device.
        String query = "?lang=" + PublicMeetingPage.languageOf(lang, request).getLanguage();
        List<String> files = new ArrayList<>(ASSETS);
        files.add(Navigation.offline(meetingId) + query);
        for (AgendaItem item : member.get().meeting().items()) {
            for (Attachment attachment : item.attachments()) {
                if (attachment.hasFile()) {
                    String bilagPage = bilagPage(meetingId, item, attachment);
                    files.add(bilagPage + query);
                    for (int page = 1; page <= attachment.pageCount(); page++) {
                        files.add(PublicMeetingHtml.pageImage(bilagPage, attachment, page));
                    }
                }
            }
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(files);
    }

    /** The offline worker, at the top of the scope it controls (the meetings' pages). */
    @GetMapping(Navigation.OFFLINE_WORKER)
    ResponseEntity<byte[]> worker() {
        try (InputStream script = OfflineEdition.class.getClassLoader().getResourceAsStream(WORKER)) {
            return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(JAVASCRIPT)
                    .body(script.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The logged-in member and the meeting as they may see it, if they are a member of it. */
    private Optional<Member> member(String meetingId) {
        Optional<Actor> actor = currentActor.get();
        return actor.flatMap(who -> journal.find(meetingId)
                .filter(meeting -> MeetingVisibility.isVisibleTo(Audience.MEMBER, meeting))
                .filter(meeting -> who.audienceFor(meeting) == Audience.MEMBER)
                .map(meeting -> new Member(who, MeetingVisibility.visibleTo(Audience.MEMBER, meeting,
                        who.memberId()))));
    }

    private static Optional<Attachment> readable(Member member, String itemId, String attachmentId) {
        return MeetingVisibility.readableBilag(Audience.MEMBER, member.meeting(), itemId, attachmentId)
                .filter(Attachment::hasFile);
    }

    /** The member's notes in the edition, and its Bilag read on the edition's own pages. */
    private PublicMeetingHtml.Reading reading(Member member) {
        Map<NotePlace, String> mine = notes.mine(member.meeting().id(), member.actor()).stream()
                .collect(Collectors.toMap(Note::place, Note::text));
        return new PublicMeetingHtml.Reading() {
            @Override
            public String itemNote(AgendaItem item) {
                return mine.get(NotePlace.item(item.id()));
            }

            @Override
            public String bilagPage(String meetingId, AgendaItem item, Attachment attachment) {
                return OfflineEdition.bilagPage(meetingId, item, attachment);
            }

            @Override
            public String pageNote(AgendaItem item, Attachment attachment, int page) {
                return mine.get(NotePlace.bilagPage(item.id(), attachment.id(), page));
            }
        };
    }

    private static String bilagPage(String meetingId, AgendaItem item, Attachment attachment) {
        return Navigation.offline(meetingId) + "/items/" + item.id() + "/bilag/" + attachment.id();
    }

    private static ResponseEntity<String> page(String body) {
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", PublicMeetingPage.CONTENT_SECURITY_POLICY).body(body);
    }

    private ResponseEntity<String> notFound(Locale language, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", PublicMeetingPage.CONTENT_SECURITY_POLICY)
                .body(html.notFound(language, request.getRequestURI()));
    }
}
