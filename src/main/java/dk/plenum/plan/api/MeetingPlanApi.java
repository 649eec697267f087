package dk.plenum.plan.api;

import dk.plenum.plan.MeetingPlan;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A council's coming meetings as an iCalendar feed to subscribe to. Public: the plan is public. */
@RestController
class MeetingPlanApi {

    private final MeetingPlan plan;

    MeetingPlanApi(MeetingPlan plan) {
        this.plan = plan;
    }

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    /** Answers any Accept header: calendar apps send all kinds, and there is only this one form. */
    @GetMapping("/api/councils/{councilId}/meetings.ics")
    ResponseEntity<String> calendar(@PathVariable String councilId) {
        return ResponseEntity.ok().contentType(CALENDAR).body(plan.calendar(councilId, Instant.now()));
    }
}
