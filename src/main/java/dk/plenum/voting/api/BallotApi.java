package dk.plenum.voting.api;

import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.security.CurrentActor;
import dk.plenum.voting.BallotService;
import dk.plenum.voting.BallotService.CastBallot;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An item's electronic vote: the secretariat opens it ({@code POST .../ballot} with {@code {secret}}) and closes it
 * ({@code POST .../ballot/close}), or cancels one opened by mistake ({@code POST .../ballot/cancel}: no result, the
 * ballots discarded); a member casts their ballot ({@code POST .../ballot/votes} with {@code {choice}});
 * the secretariat reads a named vote's ballots so far ({@code GET .../ballot/votes}), nobody a secret ballot's.
 */
@RestController
@RequestMapping(path = "/api/meetings/{meetingId}/items/{itemId}/ballot", produces = MediaType.APPLICATION_JSON_VALUE)
class BallotApi {

    record OpenRequest(Boolean secret) {
    }

    record CastRequest(Choice choice) {
    }

    private final BallotService ballots;
    private final CurrentActor actor;

    BallotApi(BallotService ballots, CurrentActor actor) {
        this.ballots = ballots;
        this.actor = actor;
    }

    @PostMapping
    Meeting open(@PathVariable String meetingId, @PathVariable String itemId,
            @RequestBody(required = false) OpenRequest request) {
        return ballots.open(meetingId, itemId, request != null && Boolean.TRUE.equals(request.secret()),
                actor.require());
    }

    @PostMapping("/votes")
    Meeting cast(@PathVariable String meetingId, @PathVariable String itemId, @RequestBody CastRequest request) {
        return ballots.cast(meetingId, itemId, request.choice(), actor.require());
    }

    @PostMapping("/close")
    Meeting close(@PathVariable String meetingId, @PathVariable String itemId) {
        return ballots.close(meetingId, itemId, actor.require());
    }

    @PostMapping("/cancel")
    Meeting cancel(@PathVariable String meetingId, @PathVariable String itemId) {
        return ballots.cancel(meetingId, itemId, actor.require());
    }

    @GetMapping("/votes")
    List<CastBallot> castBallots(@PathVariable String meetingId, @PathVariable String itemId) {
        return ballots.castBallots(meetingId, itemId, actor.get());
    }
}
