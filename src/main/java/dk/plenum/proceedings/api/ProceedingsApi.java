package dk.plenum.proceedings.api;

import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Visibility;
import dk.plenum.proceedings.LateItem;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.CurrentActor;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The secretariat runs a meeting over HTTP: the same commands, and rules, as the control view. */
@RestController
@RequestMapping(path = "/api/meetings/{meetingId}", produces = MediaType.APPLICATION_JSON_VALUE)
class ProceedingsApi {

    record CurrentItemRequest(String itemId) {
    }

    record LateItemRequest(String title, Visibility visibility, ItemKind kind, String presenter,
            String recommendation, Boolean hideTitle) {
    }

    record OrderRequest(List<String> itemIds) {
    }

    private final ProceedingsService proceedings;
    private final CurrentActor actor;

    ProceedingsApi(ProceedingsService proceedings, CurrentActor actor) {
        this.proceedings = proceedings;
        this.actor = actor;
    }

    @PostMapping("/start")
    Meeting start(@PathVariable String meetingId) {
        return proceedings.start(meetingId, actor.require());
    }

    @PostMapping("/current-item")
    Meeting currentItem(@PathVariable String meetingId, @RequestBody CurrentItemRequest request) {
        return proceedings.setCurrentItem(meetingId, request.itemId(), actor.require());
    }

    @PostMapping("/items")
    Meeting addLateItem(@PathVariable String meetingId, @RequestBody LateItemRequest request) {
        return proceedings.addLateItem(meetingId, new LateItem(request.title(), request.visibility(), request.kind(),
                request.presenter(), request.recommendation(), Boolean.TRUE.equals(request.hideTitle())),
                actor.require());
    }

    @PutMapping("/items/order")
    Meeting reorder(@PathVariable String meetingId, @RequestBody OrderRequest request) {
        return proceedings.reorder(meetingId, request.itemIds() == null ? List.of() : request.itemIds(),
                actor.require());
    }

    @PostMapping("/adjourn")
    Meeting adjourn(@PathVariable String meetingId) {
        return proceedings.adjourn(meetingId, actor.require());
    }

    @PostMapping("/close")
    Meeting close(@PathVariable String meetingId) {
        return proceedings.close(meetingId, actor.require());
    }
}
