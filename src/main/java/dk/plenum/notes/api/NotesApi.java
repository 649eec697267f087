package dk.plenum.notes.api;

import dk.plenum.minutes.MinutesFormat;
import dk.plenum.notes.Note;
import dk.plenum.notes.NotePlace;
import dk.plenum.notes.NotesExport;
import dk.plenum.notes.NotesService;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.security.CurrentActor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The logged-in member's own notes of a meeting (docs/api.md, "Personal notes"): all of them, one on an item or on a
 * Bilag page (read, write with {@code {text}}, delete), and the export. Only ever the caller's own: no path names
 * another login. Every answer is {@code Cache-Control: no-store}: no cache, shared or not, keeps a private note.
 */
@RestController
@RequestMapping("/api/meetings/{meetingId}/notes")
class NotesApi {

    private final NotesService notes;
    private final CurrentActor actor;

    NotesApi(NotesService notes, CurrentActor actor) {
        this.notes = notes;
        this.actor = actor;
    }

    record MyNotes(String meetingId, List<Note> notes) {
    }

    record NoteText(String text) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MyNotes> mine(@PathVariable String meetingId) {
        return privately(new MyNotes(meetingId, notes.mine(meetingId, actor.require())));
    }

    @GetMapping(path = "/items/{itemId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Note> itemNote(@PathVariable String meetingId, @PathVariable String itemId) {
        return privately(read(meetingId, NotePlace.item(itemId)));
    }

    @PutMapping(path = "/items/{itemId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Note> saveItemNote(@PathVariable String meetingId, @PathVariable String itemId,
            @RequestBody NoteText body) {
        return privately(notes.save(meetingId, NotePlace.item(itemId), body.text(), actor.require()));
    }

    @DeleteMapping("/items/{itemId}")
    ResponseEntity<Void> deleteItemNote(@PathVariable String meetingId, @PathVariable String itemId) {
        notes.delete(meetingId, NotePlace.item(itemId), actor.require());
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/items/{itemId}/attachments/{attachmentId}/pages/{page}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Note> pageNote(@PathVariable String meetingId, @PathVariable String itemId,
            @PathVariable String attachmentId, @PathVariable int page) {
        return privately(read(meetingId, NotePlace.bilagPage(itemId, attachmentId, page)));
    }

    @PutMapping(path = "/items/{itemId}/attachments/{attachmentId}/pages/{page}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Note> savePageNote(@PathVariable String meetingId, @PathVariable String itemId,
            @PathVariable String attachmentId, @PathVariable int page, @RequestBody NoteText body) {
        return privately(notes.save(meetingId, NotePlace.bilagPage(itemId, attachmentId, page), body.text(),
                actor.require()));
    }

    @DeleteMapping("/items/{itemId}/attachments/{attachmentId}/pages/{page}")
    ResponseEntity<Void> deletePageNote(@PathVariable String meetingId, @PathVariable String itemId,
            @PathVariable String attachmentId, @PathVariable int page) {
        notes.delete(meetingId, NotePlace.bilagPage(itemId, attachmentId, page), actor.require());
        return ResponseEntity.noContent().build();
    }

    /** {@code ?format=pdf|md|html&lang=da|en}: the meeting's items with the caller's notes under each. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable String meetingId,
            @RequestParam(name = "format", defaultValue = "pdf") String format,
            @RequestParam(name = "lang", defaultValue = "da") String language) {
        NotesExport export = notes.export(meetingId, MinutesFormat.ofExtension(format),
                MinutesFormat.language(language), actor.require());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(export.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(export.content());
    }

    private Note read(String meetingId, NotePlace place) {
        return notes.note(meetingId, place, actor.require())
                .orElseThrow(() -> new CommandRefusedException(Reason.NOT_FOUND, "notes.refused.noNote"));
    }

    private static <T> ResponseEntity<T> privately(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
