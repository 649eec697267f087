package dk.plenum.voting.api;

import dk.plenum.meeting.Meeting;
import dk.plenum.security.CurrentActor;
import dk.plenum.voting.VoteInput;
import dk.plenum.voting.VotingService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An item's conflicts of interest ({@code PUT}/{@code DELETE .../conflicts/{memberId}}) and its recorded vote
 * ({@code POST .../vote} with {@code {unanimous}} or {@code {groups, members}}).
 */
@RestController
@RequestMapping(path = "/api/meetings/{meetingId}/items/{itemId}", produces = MediaType.APPLICATION_JSON_VALUE)
class VotingApi {

    private final VotingService voting;
    private final CurrentActor actor;

    VotingApi(VotingService voting, CurrentActor actor) {
        this.voting = voting;
        this.actor = actor;
    }

    @PutMapping("/conflicts/{memberId}")
    Meeting declareConflict(@PathVariable String meetingId, @PathVariable String itemId,
            @PathVariable String memberId) {
        return voting.declareConflict(meetingId, itemId, memberId, actor.require());
    }

    @DeleteMapping("/conflicts/{memberId}")
    Meeting liftConflict(@PathVariable String meetingId, @PathVariable String itemId, @PathVariable String memberId) {
        return voting.liftConflict(meetingId, itemId, memberId, actor.require());
    }

    @PostMapping("/vote")
    Meeting recordVote(@PathVariable String meetingId, @PathVariable String itemId, @RequestBody VoteInput input) {
        return voting.recordVote(meetingId, itemId, input, actor.require());
    }
}
