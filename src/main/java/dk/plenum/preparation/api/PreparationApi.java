package dk.plenum.preparation.api;

import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.preparation.AgendaStart;
import dk.plenum.preparation.ItemContent;
import dk.plenum.preparation.MeetingDetails;
import dk.plenum.preparation.PreparationService;
import dk.plenum.security.CurrentActor;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Preparing a meeting over HTTP, with the same commands and rules as the editor views (docs/api.md): create a
 * draft, edit, move, publish and cancel it, edit and withdraw its items. Items are added with
 * {@code POST /api/meetings/{id}/items} and reordered with {@code PUT /api/meetings/{id}/items/order}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class PreparationApi {

    record NewMeetingRequest(String title, MeetingKind kind, Instant startsAt, Instant endsAt, String location,
            String copyOf) {
    }

    record DetailsRequest(String title, MeetingKind kind, String location) {
    }

    record TimeRequest(Instant startsAt, Instant endsAt) {
    }

    record ItemRequest(String title, ItemKind kind, Visibility visibility, Boolean hideTitle, String presenter,
            List<Section> sections) {

        ItemContent content() {
            return new ItemContent(title, kind, visibility, Boolean.TRUE.equals(hideTitle), presenter, sections);
        }
    }

    private final PreparationService preparation;
    private final CurrentActor actor;

    PreparationApi(PreparationService preparation, CurrentActor actor) {
        this.preparation = preparation;
        this.actor = actor;
    }

    @PostMapping("/councils/{councilId}/meetings")
    ResponseEntity<Meeting> create(@PathVariable String councilId, @RequestBody NewMeetingRequest request) {
        Meeting meeting = preparation.create(councilId, new MeetingDetails(request.title(), request.kind(),
                request.startsAt(), request.endsAt(), request.location()), new AgendaStart(request.copyOf()),
                actor.require());
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id())).body(meeting);
    }

    @PutMapping("/meetings/{meetingId}/details")
    Meeting details(@PathVariable String meetingId, @RequestBody DetailsRequest request) {
        return preparation.editDetails(meetingId, request.title(), request.kind(), request.location(), actor.require());
    }

    @PutMapping("/meetings/{meetingId}/time")
    Meeting move(@PathVariable String meetingId, @RequestBody TimeRequest request) {
        return preparation.move(meetingId, request.startsAt(), request.endsAt(), actor.require());
    }

    @PostMapping("/meetings/{meetingId}/publish")
    Meeting publish(@PathVariable String meetingId) {
        return preparation.publish(meetingId, actor.require());
    }

    @PostMapping("/meetings/{meetingId}/cancel")
    Meeting cancel(@PathVariable String meetingId) {
        return preparation.cancel(meetingId, actor.require());
    }

    @PutMapping("/meetings/{meetingId}/items/{itemId}")
    Meeting editItem(@PathVariable String meetingId, @PathVariable String itemId, @RequestBody ItemRequest request) {
        return preparation.editItem(meetingId, itemId, request.content(), actor.require());
    }

    @PostMapping("/meetings/{meetingId}/items/{itemId}/withdraw")
    Meeting withdrawItem(@PathVariable String meetingId, @PathVariable String itemId) {
        return preparation.withdrawItem(meetingId, itemId, actor.require());
    }
}
