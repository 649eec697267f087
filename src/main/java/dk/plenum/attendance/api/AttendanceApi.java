package dk.plenum.attendance.api;

import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Marks attendance: {@code {memberId, status, substituteFor?}}; a member may mark only themself. */
@RestController
class AttendanceApi {

    record AttendanceRequest(String memberId, AttendanceStatus status, String substituteFor) {
    }

    private final AttendanceService attendance;
    private final CurrentActor actor;

    AttendanceApi(AttendanceService attendance, CurrentActor actor) {
        this.attendance = attendance;
        this.actor = actor;
    }

    @PostMapping(path = "/api/meetings/{meetingId}/attendance", produces = MediaType.APPLICATION_JSON_VALUE)
    Meeting mark(@PathVariable String meetingId, @RequestBody AttendanceRequest request) {
        return attendance.mark(meetingId, request.memberId(), request.status(), request.substituteFor(),
                actor.require());
    }
}
