package dk.plenum.agenda.api;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Meetings over HTTP: list, read one with its agenda, and import one (docs/api.md). */
@RestController
@RequestMapping(path = "/api/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
class MeetingApi {

    private final MeetingJournal journal;
    private final AgendaImportService imports;

    MeetingApi(MeetingJournal journal, AgendaImportService imports) {
        this.journal = journal;
        this.imports = imports;
    }

    @GetMapping
    List<MeetingSummary> list() {
        return journal.findAll().stream().map(MeetingSummary::of).toList();
    }

    @GetMapping("/{meetingId}")
    Meeting get(@PathVariable String meetingId) {
        return MeetingVisibility.visibleTo(Audience.PUBLIC, journal.get(meetingId));
    }

    /** Takes the body as text so that malformed JSON is reported like any other invalid field. */
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Meeting> importMeeting(@RequestBody String document) {
        Meeting meeting = imports.importMeeting(document, "api");
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id()))
                .body(MeetingVisibility.visibleTo(Audience.PUBLIC, meeting));
    }
}
