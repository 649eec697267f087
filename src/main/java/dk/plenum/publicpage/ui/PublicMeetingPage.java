package dk.plenum.publicpage.ui;

import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Translations;
import dk.plenum.security.CurrentActor;
import dk.plenum.shell.Navigation;
import dk.plenum.timeplan.TimePlan;
import dk.plenum.timeplan.TimePlanService;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /live/{id}}, the link the public is given: one HTML page rendered on the server from the public snapshot,
 * with no session, no Vaadin UI and nothing kept per viewer (decision 0016). Each meeting's page is rendered once
 * per event and language and then served from memory; it is cacheable for a second and carries the meeting's
 * sequence number as its {@code ETag} (and, while the current item runs past its planned end, the minutes it has run
 * over, which move the expected times with no event), so a crowd reloading costs at most one render a second and a browser
 * asking again gets a 304. Someone logged in is sent to the meeting's Vaadin page, where what they see is theirs.
 */
@Controller
class PublicMeetingPage {

    /** Meetings whose rendered pages are kept; a council's crowd follows one meeting at a time. */
    private static final int KEPT_PAGES = 64;
    private static final CacheControl ONE_SECOND = CacheControl.maxAge(Duration.ofSeconds(1));
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    /**
     * Same-origin script, styles, images and connections (the live stream's WebSocket included) only; no inline
     * script or style at all, no frames, no plugins. Set on this page alone: the Vaadin views keep their headers.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final MeetingJournal journal;
    private final CurrentActor currentActor;
    private final TimePlanService timePlan;
    private final PublicMeetingHtml html;
    /** The last page rendered per meeting and language, with the seq it shows; access-ordered, the oldest dropped. */
    private final Map<String, RenderedPage> rendered = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RenderedPage> eldest) {
                    return size() > KEPT_PAGES;
                }
            });

    PublicMeetingPage(MeetingJournal journal, CurrentActor currentActor, TimePlanService timePlan, ObjectMapper json) {
        this.journal = journal;
        this.currentActor = currentActor;
        this.timePlan = timePlan;
        this.html = new PublicMeetingHtml(json);
    }

    /** {@code overrun}: the whole minutes the current item has run past its planned end, which the page shows. */
    private record RenderedPage(long seq, long overrun, String html) {
    }

    @GetMapping(Navigation.LIVE)
    ResponseEntity<String> page(@PathVariable(Navigation.MEETING_ID) String meetingId,
            @RequestParam(name = "lang", required = false) String lang, HttpServletRequest request) {
        if (currentActor.get().isPresent()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(request.getContextPath() + "/" + Navigation.agenda(meetingId))).build();
        }
        Locale language = languageOf(lang, request);
        Optional<Meeting> meeting = journal.find(meetingId)
                .filter(found -> MeetingVisibility.isVisibleTo(Audience.PUBLIC, found));
        if (meeting.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                    .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .body(html.notFound(language, request.getRequestURI()));
        }
        long seq = meeting.get().lastSeq();
        // Only times (every item's planned minutes, when the current one began), the same in the public's copy.
        TimePlan plan = timePlan.planOf(meeting.get()).orElse(null);
        // An item running over moves the expected times with no event: a new page once a minute while it does.
        long overrun = plan == null ? 0 : plan.overrun().toMinutes();
        String key = meetingId + "/" + language.getLanguage();
        RenderedPage page = rendered.get(key);
        if (page == null || page.seq() != seq || page.overrun() != overrun) {
            page = new RenderedPage(seq, overrun, html.page(MeetingVisibility.visibleTo(Audience.PUBLIC, meeting.get()),
                    plan, language, request.getRequestURI()));
            rendered.put(key, page);
        }
        // Spring answers 304 without the body when If-None-Match names this ETag.
        return ResponseEntity.ok().contentType(HTML)
                .eTag("\"" + seq + "-" + language.getLanguage() + (overrun > 0 ? "-" + overrun : "") + "\"")
                .cacheControl(ONE_SECOND)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .body(page.html());
    }

    /**
     * The language asked for with {@code ?lang=} (the page's language switch), else the first of the browser's
     * languages Plenum speaks, else Danish, as the Vaadin pages choose.
     */
    static Locale languageOf(String lang, HttpServletRequest request) {
        if (lang != null) {
            for (Locale offered : Translations.LANGUAGES) {
                if (offered.getLanguage().equals(lang)) {
                    return offered;
                }
            }
        }
        for (Locale asked : Collections.list(request.getLocales())) {
            for (Locale offered : Translations.LANGUAGES) {
                if (offered.getLanguage().equals(asked.getLanguage())) {
                    return offered;
                }
            }
        }
        return Translations.DANISH;
    }
}
