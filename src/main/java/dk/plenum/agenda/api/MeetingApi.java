package dk.plenum.agenda.api;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingNotFoundException;
import dk.plenum.security.CurrentActor;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import dk.plenum.visibility.PublishedEvent;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meetings over HTTP: list, read one with its agenda, read its event log, and import one (docs/api.md). */
@RestController
@RequestMapping(path = "/api/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
class MeetingApi {

    private final MeetingJournal journal;
    private final AgendaImportService imports;
    private final CurrentActor actor;

    MeetingApi(MeetingJournal journal, AgendaImportService imports, CurrentActor actor) {
        this.journal = journal;
        this.imports = imports;
        this.actor = actor;
    }

    @GetMapping
    List<MeetingSummary> list() {
        return journal.findAll().stream()
                .filter(meeting -> MeetingVisibility.isVisibleTo(actor.audienceFor(meeting), meeting))
                .map(MeetingSummary::of).toList();
    }

    @GetMapping("/{meetingId}")
    Meeting get(@PathVariable String meetingId) {
        Meeting meeting = visibleMeeting(meetingId);
        return actor.visible(meeting);
    }

    /** The meeting, if the caller may see it at all; a draft is, to anyone but its secretariat, no meeting. */
    private Meeting visibleMeeting(String meetingId) {
        Meeting meeting = journal.get(meetingId);
        if (!MeetingVisibility.isVisibleTo(actor.audienceFor(meeting), meeting)) {
            throw new MeetingNotFoundException(meetingId);
        }
        return meeting;
    }

    /**
     * The meeting's log after {@code after} (0 = from the start), each event as the caller may see it, without those
     * withheld from the caller's audience: with the meeting's {@code lastSeq}, the way to catch up without a gap after
     * a lost connection.
     */
    @GetMapping("/{meetingId}/events")
    List<PublishedEvent> events(@PathVariable String meetingId, @RequestParam(defaultValue = "0") long after) {
        Meeting meeting = visibleMeeting(meetingId);
        Audience audience = actor.audienceFor(meeting);
        return journal.eventsAfter(meetingId, after).stream()
                .filter(event -> !MeetingVisibility.isWithheldFrom(audience, event))
                .map(event -> PublishedEvent.of(audience, event, meeting))
                .toList();
    }

    /** Takes the body as text so that malformed JSON is reported like any other invalid field. */
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Meeting> importMeeting(@RequestBody String document) {
        Meeting meeting = imports.importMeeting(document, actor.require());
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id())).body(meeting);
    }
}
