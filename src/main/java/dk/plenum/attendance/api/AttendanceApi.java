package dk.plenum.attendance.api;

import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.PlannedDeparture;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.visibility.MeetingVisibility;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Marks attendance: {@code {memberId, status, substituteFor?, reason?}}; a member may mark only themself. A present
 * member's planned early departure: {@code {memberId, at?, afterItemId?}} (neither: they stay after all).
 */
@RestController
class AttendanceApi {

    record AttendanceRequest(String memberId, AttendanceStatus status, String substituteFor, String reason) {
    }

    record DepartureRequest(String memberId, Instant at, String afterItemId) {
    }

    private final AttendanceService attendance;
    private final CurrentActor actor;

    AttendanceApi(AttendanceService attendance, CurrentActor actor) {
        this.attendance = attendance;
        this.actor = actor;
    }

    @PostMapping(path = "/api/meetings/{meetingId}/attendance", produces = MediaType.APPLICATION_JSON_VALUE)
    Meeting mark(@PathVariable String meetingId, @RequestBody AttendanceRequest request) {
        Actor caller = actor.require();
        return asSeenBy(caller, attendance.mark(meetingId, request.memberId(), request.status(),
                request.substituteFor(), request.reason(), caller));
    }

    @PostMapping(path = "/api/meetings/{meetingId}/attendance/departure", produces = MediaType.APPLICATION_JSON_VALUE)
    Meeting planDeparture(@PathVariable String meetingId, @RequestBody DepartureRequest request) {
        PlannedDeparture departure = request.at() == null && request.afterItemId() == null ? null
                : new PlannedDeparture(request.at(), request.afterItemId());
        Actor caller = actor.require();
        return asSeenBy(caller, attendance.planDeparture(meetingId, request.memberId(), departure, caller));
    }

    /** The meeting as the caller may see it: a member gets no one else's reason for an apology. */
    private static Meeting asSeenBy(Actor caller, Meeting meeting) {
        return MeetingVisibility.visibleTo(caller.audienceFor(meeting), meeting, caller.memberId());
    }
}
