package dk.plenum.protocol.api;

import dk.plenum.meeting.Meeting;
import dk.plenum.protocol.ProtocolEntryService;
import dk.plenum.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Protocol entries: a member asks with {@code {text}} under an item; the secretariat or the chair accepts, or
 * refuses with {@code {note}}.
 */
@RestController
@RequestMapping(path = "/api/meetings/{meetingId}", produces = MediaType.APPLICATION_JSON_VALUE)
class ProtocolEntryApi {

    record EntryRequest(String text) {
    }

    record RefusalRequest(String note) {
    }

    private final ProtocolEntryService entries;
    private final CurrentActor actor;

    ProtocolEntryApi(ProtocolEntryService entries, CurrentActor actor) {
        this.entries = entries;
        this.actor = actor;
    }

    @PostMapping("/items/{itemId}/protocol-entries")
    Meeting request(@PathVariable String meetingId, @PathVariable String itemId, @RequestBody EntryRequest request) {
        return entries.request(meetingId, itemId, request.text(), actor.require());
    }

    @PostMapping("/protocol-entries/{entryId}/accept")
    Meeting accept(@PathVariable String meetingId, @PathVariable String entryId) {
        return entries.accept(meetingId, entryId, actor.require());
    }

    @PostMapping("/protocol-entries/{entryId}/refuse")
    Meeting refuse(@PathVariable String meetingId, @PathVariable String entryId,
            @RequestBody RefusalRequest request) {
        return entries.refuse(meetingId, entryId, request.note(), actor.require());
    }
}
