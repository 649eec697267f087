package dk.plenum.speakers.api;

import dk.plenum.meeting.Meeting;
import dk.plenum.security.CurrentActor;
import dk.plenum.speakers.SpeakerService;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The speaker lists over HTTP: the same commands, and rules, as the tablets and the control view. */
@RestController
@RequestMapping(path = "/api/meetings/{meetingId}", produces = MediaType.APPLICATION_JSON_VALUE)
class SpeakersApi {

    /** Without {@code memberId}: the logged-in member asks; with it: the secretariat adds that participant. */
    record SpeakerRequest(String memberId, Boolean reply) {
    }

    /** Without {@code memberId}: the first one waiting. */
    record FloorRequest(String memberId) {
    }

    record OrderRequest(List<String> memberIds) {
    }

    /** Null: no limit of its own. */
    record SpeakingTimeRequest(Integer seconds) {
    }

    private final SpeakerService speakers;
    private final CurrentActor actor;

    SpeakersApi(SpeakerService speakers, CurrentActor actor) {
        this.speakers = speakers;
        this.actor = actor;
    }

    @PostMapping("/items/{itemId}/speakers")
    Meeting request(@PathVariable String meetingId, @PathVariable String itemId,
            @RequestBody(required = false) SpeakerRequest request) {
        boolean reply = request != null && Boolean.TRUE.equals(request.reply());
        if (request == null || request.memberId() == null) {
            return speakers.request(meetingId, itemId, reply, actor.require());
        }
        return speakers.add(meetingId, itemId, request.memberId(), reply, actor.require());
    }

    @DeleteMapping("/items/{itemId}/speakers/{memberId}")
    Meeting withdraw(@PathVariable String meetingId, @PathVariable String itemId, @PathVariable String memberId) {
        return speakers.withdraw(meetingId, itemId, memberId, actor.require());
    }

    @PutMapping("/items/{itemId}/speakers/order")
    Meeting reorder(@PathVariable String meetingId, @PathVariable String itemId, @RequestBody OrderRequest request) {
        return speakers.reorder(meetingId, itemId, request.memberIds(), actor.require());
    }

    @PostMapping("/items/{itemId}/floor")
    Meeting giveFloor(@PathVariable String meetingId, @PathVariable String itemId,
            @RequestBody(required = false) FloorRequest request) {
        return speakers.giveFloor(meetingId, itemId, request == null ? null : request.memberId(), actor.require());
    }

    @DeleteMapping("/items/{itemId}/floor")
    Meeting endFloor(@PathVariable String meetingId, @PathVariable String itemId) {
        return speakers.endFloor(meetingId, itemId, actor.require());
    }

    @PostMapping("/items/{itemId}/speakers/close")
    Meeting close(@PathVariable String meetingId, @PathVariable String itemId) {
        return speakers.close(meetingId, itemId, actor.require());
    }

    @PostMapping("/items/{itemId}/speakers/reopen")
    Meeting reopen(@PathVariable String meetingId, @PathVariable String itemId) {
        return speakers.reopen(meetingId, itemId, actor.require());
    }

    @PutMapping("/items/{itemId}/speaking-time")
    Meeting itemSpeakingTime(@PathVariable String meetingId, @PathVariable String itemId,
            @RequestBody SpeakingTimeRequest request) {
        return speakers.setItemSpeakingTime(meetingId, itemId, request.seconds(), actor.require());
    }

    @PutMapping("/speaking-time")
    Meeting meetingSpeakingTime(@PathVariable String meetingId, @RequestBody SpeakingTimeRequest request) {
        return speakers.setMeetingSpeakingTime(meetingId, request.seconds(), actor.require());
    }
}
