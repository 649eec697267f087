package dk.plenum.roundtable.api;

import dk.plenum.meeting.Meeting;
import dk.plenum.roundtable.RoundTableService;
import dk.plenum.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Round-the-table posts: write {@code {text}} while that item is current; edit or withdraw your own. */
@RestController
@RequestMapping(path = "/api/meetings/{meetingId}/roundtable", produces = MediaType.APPLICATION_JSON_VALUE)
class RoundTableApi {

    record PostRequest(String text) {
    }

    private final RoundTableService roundTable;
    private final CurrentActor actor;

    RoundTableApi(RoundTableService roundTable, CurrentActor actor) {
        this.roundTable = roundTable;
        this.actor = actor;
    }

    @PostMapping
    Meeting post(@PathVariable String meetingId, @RequestBody PostRequest request) {
        return roundTable.post(meetingId, request.text(), actor.require());
    }

    @PutMapping("/{postId}")
    Meeting edit(@PathVariable String meetingId, @PathVariable String postId, @RequestBody PostRequest request) {
        return roundTable.edit(meetingId, postId, request.text(), actor.require());
    }

    @DeleteMapping("/{postId}")
    Meeting withdraw(@PathVariable String meetingId, @PathVariable String postId) {
        return roundTable.withdraw(meetingId, postId, actor.require());
    }
}
