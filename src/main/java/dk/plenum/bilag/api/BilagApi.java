package dk.plenum.bilag.api;

import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Visibility;
import dk.plenum.security.CurrentActor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An item's Bilag: upload (multipart), rename, open or close, reorder, replace, remove; and reading them: the
 * PDF, a page as an image, the text of every page. Every answer that carries a Bilag's content is
 * {@code Cache-Control: private}: no shared cache may keep a closed Bilag, nor serve an open one to anyone
 * after it was closed.
 */
@RestController
@RequestMapping("/api/meetings/{meetingId}/items/{itemId}/attachments")
class BilagApi {

    /** A file never changes under its id; a member's own browser may keep its pages for the meeting's day. */
    private static final CacheControl PRIVATE = CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate();

    private final BilagService bilag;
    private final CurrentActor actor;

    BilagApi(BilagService bilag, CurrentActor actor) {
        this.bilag = bilag;
        this.actor = actor;
    }

    record Rename(String name) {
    }

    record SetVisibility(Visibility visibility) {
    }

    record Reorder(List<String> attachmentIds) {
    }

    record PageTexts(String name, int pageCount, List<String> pages) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Meeting add(@PathVariable String meetingId, @PathVariable String itemId,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "visibility", required = false) Visibility visibility) {
        return bilag.add(meetingId, itemId, files == null ? List.of() : files.stream().map(BilagApi::upload).toList(),
                visibility, actor.require());
    }

    @PostMapping(path = "/{attachmentId}/name", produces = MediaType.APPLICATION_JSON_VALUE)
    Meeting rename(@PathVariable String meetingId, @PathVariable String itemId, @PathVariable String attachmentId,
            @RequestBody Rename rename) {
        return bilag.rename(meetingId, itemId, attachmentId, rename.name(), actor.require());
    }

    @PostMapping(path = "/{attachmentId}/visibility", produces = MediaType.APPLICATION_JSON_VALUE)
    Meeting setVisibility(@PathVariable String meetingId, @PathVariable String itemId,
            @PathVariable String attachmentId, @RequestBody SetVisibility set) {
        return bilag.setVisibility(meetingId, itemId, attachmentId, set.visibility(), actor.require());
    }

    @PostMapping(path = "/order", produces = MediaType.APPLICATION_JSON_VALUE)
    Meeting reorder(@PathVariable String meetingId, @PathVariable String itemId, @RequestBody Reorder reorder) {
        return bilag.reorder(meetingId, itemId, reorder.attachmentIds(), actor.require());
    }

    @PostMapping(path = "/{attachmentId}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Meeting replace(@PathVariable String meetingId, @PathVariable String itemId, @PathVariable String attachmentId,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        if (file == null) {
            throw new CommandRefusedException(Reason.INVALID, "bilag.refused.noFile");
        }
        return bilag.replace(meetingId, itemId, attachmentId, upload(file), actor.require());
    }

    @DeleteMapping(path = "/{attachmentId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Meeting remove(@PathVariable String meetingId, @PathVariable String itemId, @PathVariable String attachmentId) {
        return bilag.remove(meetingId, itemId, attachmentId, actor.require());
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> pdf(@PathVariable String meetingId, @PathVariable String itemId,
            @PathVariable String attachmentId) {
        Attachment attachment = bilag.readable(meetingId, itemId, attachmentId);
        return ResponseEntity.ok().cacheControl(PRIVATE).contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(attachment.name() + ".pdf", java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString())
                .body(bilag.pdf(meetingId, itemId, attachmentId));
    }

    @GetMapping("/{attachmentId}/pages/{page}")
    ResponseEntity<byte[]> page(@PathVariable String meetingId, @PathVariable String itemId,
            @PathVariable String attachmentId, @PathVariable int page,
            @RequestParam(name = "width", defaultValue = "960") int width) {
        return ResponseEntity.ok().cacheControl(PRIVATE).contentType(MediaType.IMAGE_JPEG)
                .body(bilag.pageImage(meetingId, itemId, attachmentId, page, width));
    }

    @GetMapping(path = "/{attachmentId}/text", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PageTexts> text(@PathVariable String meetingId, @PathVariable String itemId,
            @PathVariable String attachmentId) {
        Attachment attachment = bilag.readable(meetingId, itemId, attachmentId);
        return ResponseEntity.ok().cacheControl(PRIVATE).body(new PageTexts(attachment.name(),
                attachment.pageCount(), bilag.pageTexts(meetingId, itemId, attachmentId)));
    }

    private static BilagUpload upload(MultipartFile file) {
        try {
            return new BilagUpload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
