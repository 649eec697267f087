package dk.plenum.attendance;

import static dk.plenum.meeting.MeetingRules.requireNotClosed;
import static dk.plenum.meeting.MeetingRules.requireParticipant;

import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges.AttendanceMarked;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.security.Actor;
import dk.plenum.security.NotAllowedException;
import org.springframework.stereotype.Service;

/**
 * Attendance. The council's secretariat marks anyone (present, apology, absent, left; a returning
 * member is present again) and seats substitutes for members who are not present; a member checks
 * themself in, or sends an apology before the meeting starts. A substitute does either only while
 * seated, and never seats herself: her own marking keeps whatever seat the secretariat gave her.
 */
@Service
public class AttendanceService {

    private final MeetingJournal journal;

    AttendanceService(MeetingJournal journal) {
        this.journal = journal;
    }

    /**
     * Marks someone's attendance.
     *
     * @param substituteFor for a substitute marked present: the member they stand in for, else null
     */
    public Meeting mark(String meetingId, String memberId, AttendanceStatus status, String substituteFor,
            Actor actor) {
        if (status == null || status == AttendanceStatus.EXPECTED) {
            throw new CommandRefusedException(Reason.INVALID, "refused.textEmpty", "status");
        }
        return journal.append(meetingId, actor.username(), meeting -> {
            requireNotClosed(meeting);
            Participant participant = requireParticipant(meeting, memberId);
            if (!actor.isSecretariatOf(meeting.councilId())) {
                if (substituteFor != null) {
                    throw new NotAllowedException("refused.secretariatOnly");
                }
                requireOwnCheckInOrApology(meeting, participant, status, actor);
                return new AttendanceMarked(memberId, status, participant.substituteFor());
            }
            if (substituteFor != null) {
                requireSubstitution(meeting, participant, substituteFor);
            }
            return new AttendanceMarked(memberId, status, substituteFor);
        });
    }

    /** A member may only check themself in, or send their own apology before the meeting starts. */
    private static void requireOwnCheckInOrApology(Meeting meeting, Participant participant, AttendanceStatus status,
            Actor actor) {
        if (!actor.requireParticipant(meeting).memberId().equals(participant.memberId())) {
            throw new CommandRefusedException(Reason.FORBIDDEN, "refused.notParticipant");
        }
        if (status == AttendanceStatus.APOLOGY && meeting.status() != MeetingStatus.SCHEDULED) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.apologyAfterStart");
        }
        if (status != AttendanceStatus.PRESENT && status != AttendanceStatus.APOLOGY) {
            throw new CommandRefusedException(Reason.FORBIDDEN, "refused.secretariatOnly");
        }
    }

    private static void requireSubstitution(Meeting meeting, Participant substitute, String substituteFor) {
        if (substitute.role() != MemberRole.SUBSTITUTE) {
            throw new CommandRefusedException(Reason.INVALID, "refused.notSubstitute");
        }
        Participant member = requireParticipant(meeting, substituteFor);
        if (!member.votes()) {
            throw new CommandRefusedException(Reason.INVALID, "refused.substituteFor");
        }
        if (member.attendance() == AttendanceStatus.PRESENT) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.memberPresent", member.name());
        }
    }
}
