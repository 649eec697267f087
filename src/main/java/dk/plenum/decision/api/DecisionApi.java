package dk.plenum.decision.api;

import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.Meeting;
import dk.plenum.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Records or amends an item's decision: {@code {outcome, text, publicText?, dissent?}}. */
@RestController
class DecisionApi {

    private final DecisionService decisions;
    private final CurrentActor actor;

    DecisionApi(DecisionService decisions, CurrentActor actor) {
        this.decisions = decisions;
        this.actor = actor;
    }

    @PostMapping(path = "/api/meetings/{meetingId}/items/{itemId}/decision",
            produces = MediaType.APPLICATION_JSON_VALUE)
    Meeting record(@PathVariable String meetingId, @PathVariable String itemId, @RequestBody DecisionInput input) {
        return decisions.record(meetingId, itemId, input, actor.require());
    }
}
