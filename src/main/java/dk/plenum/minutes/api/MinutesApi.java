package dk.plenum.minutes.api;

import dk.plenum.meeting.Meeting;
import dk.plenum.minutes.Minutes;
import dk.plenum.minutes.MinutesFormat;
import dk.plenum.minutes.MinutesService;
import dk.plenum.security.CurrentActor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The minutes of a meeting in HTML, PDF or Markdown, Danish or English, and their approval. */
@RestController
class MinutesApi {

    private final MinutesService minutes;
    private final CurrentActor actor;

    MinutesApi(MinutesService minutes, CurrentActor actor) {
        this.minutes = minutes;
        this.actor = actor;
    }

    @GetMapping("/api/meetings/{meetingId}/minutes")
    ResponseEntity<byte[]> minutes(@PathVariable String meetingId, @RequestParam(defaultValue = "html") String format,
            @RequestParam(defaultValue = "da") String lang) {
        Minutes written = minutes.write(meetingId, MinutesFormat.ofExtension(format), MinutesFormat.language(lang));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(written.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(written.fileName()).build().toString())
                // The edition depends on who asks: no shared cache may hand the members' one to the public.
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(written.content());
    }

    @PostMapping(path = "/api/meetings/{meetingId}/minutes/approve", produces = MediaType.APPLICATION_JSON_VALUE)
    Meeting approve(@PathVariable String meetingId) {
        return minutes.approve(meetingId, actor.require());
    }
}
