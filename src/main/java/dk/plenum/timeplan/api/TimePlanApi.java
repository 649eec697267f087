package dk.plenum.timeplan.api;

import dk.plenum.meeting.Meeting;
import dk.plenum.security.CurrentActor;
import dk.plenum.timeplan.TimePlanService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An item's planned duration: {@code {plannedMinutes}}, a whole number, or null to take it out of the plan. */
@RestController
@RequestMapping(path = "/api/meetings/{meetingId}", produces = MediaType.APPLICATION_JSON_VALUE)
class TimePlanApi {

    record TimePlanRequest(Integer plannedMinutes) {
    }

    private final TimePlanService timePlan;
    private final CurrentActor actor;

    TimePlanApi(TimePlanService timePlan, CurrentActor actor) {
        this.timePlan = timePlan;
        this.actor = actor;
    }

    @PutMapping("/items/{itemId}/time-plan")
    Meeting plan(@PathVariable String meetingId, @PathVariable String itemId, @RequestBody TimePlanRequest request) {
        return timePlan.plan(meetingId, itemId, request.plannedMinutes(), actor.require());
    }
}
