package dk.plenum.attendance;

import static dk.plenum.meeting.MeetingRules.requireItem;
import static dk.plenum.meeting.MeetingRules.requireNotClosed;
import static dk.plenum.meeting.MeetingRules.requireParticipant;

import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandText;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges.AttendanceMarked;
import dk.plenum.meeting.MeetingChanges.PlannedDepartureSet;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.PlannedDeparture;
import dk.plenum.security.Actor;
import dk.plenum.security.NotAllowedException;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Attendance. The council's secretariat marks anyone (present, apology, absent, left; a returning
 * member is present again) and seats substitutes for members who are not present; a member checks
 * themself in, sends an apology (with a reason if they like) or takes it back before the meeting starts, and
 * while present says when they will leave early, or that they leave now; a departure said in advance is recorded when
 * it falls due ({@link DueDepartures}). A substitute does these only while seated, and never seats herself: her own
 * marking keeps whatever seat the secretariat gave her.
 */
@Service
public class AttendanceService {

    /** The longest reason for an apology: a sentence or two for the secretariat. */
    public static final int MAX_REASON_LENGTH = 500;
    /** Who the log names for a departure recorded because it fell due: no person, the member's own word. */
    static final String DUE_DEPARTURES = "plenum";

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
        return mark(meetingId, memberId, status, substituteFor, null, actor);
    }

    /**
     * Marks someone's attendance; {@code EXPECTED} takes back an apology before the meeting starts.
     *
     * @param substituteFor for a substitute marked present: the member they stand in for, else null
     * @param reason        for an apology: why, in the member's words, for the secretariat (optional); else null
     */
    public Meeting mark(String meetingId, String memberId, AttendanceStatus status, String substituteFor,
            String reason, Actor actor) {
        if (status == null) {
            throw new CommandRefusedException(Reason.INVALID, "refused.textEmpty", "status");
        }
        String apologyReason = CommandText.optional(reason, "reason", MAX_REASON_LENGTH);
        if (apologyReason != null && status != AttendanceStatus.APOLOGY) {
            throw new CommandRefusedException(Reason.INVALID, "refused.reasonWithoutApology");
        }
        return journal.append(meetingId, actor.username(), meeting -> {
            requireNotClosed(meeting);
            Participant participant = requireParticipant(meeting, memberId);
            if (status == AttendanceStatus.EXPECTED) {
                requireApologyToTakeBack(meeting, participant);
            }
            if (!actor.isSecretariatOf(meeting.councilId())) {
                if (substituteFor != null) {
                    throw new NotAllowedException("refused.secretariatOnly");
                }
                requireOwnMarking(meeting, participant, status, actor);
                return new AttendanceMarked(memberId, status, participant.substituteFor(), apologyReason);
            }
            if (substituteFor != null) {
                requireSubstitution(meeting, participant, substituteFor);
            }
            return new AttendanceMarked(memberId, status, substituteFor, apologyReason);
        });
    }

    /**
     * A present member says when they will leave early: at a time or after an item ({@code departure}), or that they
     * stay after all ({@code departure} null). The secretariat may say it for any member.
     */
    public Meeting planDeparture(String meetingId, String memberId, PlannedDeparture departure, Actor actor) {
        if (departure != null && (departure.at() == null) == (departure.afterItemId() == null)) {
            throw new CommandRefusedException(Reason.INVALID, "refused.departureWhen");
        }
        return journal.append(meetingId, actor.username(), meeting -> {
            requireNotClosed(meeting);
            Participant participant = requireParticipant(meeting, memberId);
            if (!actor.isSecretariatOf(meeting.councilId())
                    && !actor.requireParticipant(meeting).memberId().equals(participant.memberId())) {
                throw new CommandRefusedException(Reason.FORBIDDEN, "refused.notParticipant");
            }
            if (participant.attendance() != AttendanceStatus.PRESENT) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.departureNotPresent");
            }
            if (departure != null && departure.afterItemId() != null) {
                requireItem(meeting, departure.afterItemId());
            }
            return new PlannedDepartureSet(memberId, departure);
        });
    }

    /**
     * Records as left every present member whose planned departure is {@link PlannedDeparture#dueIn due} at {@code now}
     * while the meeting is in session, as though they had said "I leave now". Each departure is decided on the
     * meeting's latest state, so one already recorded (by the member, the secretariat, or another instance doing the
     * same) is not recorded twice, and nothing is appended when none is due.
     */
    public void recordDueDepartures(String meetingId, Instant now) {
        for (String memberId : dueDepartures(journal.get(meetingId), now)) {
            try {
                journal.append(meetingId, DUE_DEPARTURES, meeting -> {
                    Participant participant = requireParticipant(meeting, memberId);
                    if (!departureDue(meeting, participant, now)) {
                        throw new CommandRefusedException(Reason.CONFLICT, "refused.leaveNotPresent");
                    }
                    return new AttendanceMarked(memberId, AttendanceStatus.LEFT, participant.substituteFor(), null);
                });
            } catch (CommandRefusedException recordedMeanwhile) {
                // Left, or stayed after all, before this was stored: nothing more to record.
            }
        }
    }

    private static List<String> dueDepartures(Meeting meeting, Instant now) {
        return meeting.participants().stream().filter(participant -> departureDue(meeting, participant, now))
                .map(Participant::memberId).toList();
    }

    /** Whether the participant, present in a meeting in session, said they would leave by {@code now}. */
    private static boolean departureDue(Meeting meeting, Participant participant, Instant now) {
        return meeting.inSession() && participant.attendance() == AttendanceStatus.PRESENT
                && participant.plannedDeparture() != null && participant.plannedDeparture().dueIn(meeting, now);
    }

    /** Only an apology not yet taken back, before the meeting starts, goes back to "expected". */
    private static void requireApologyToTakeBack(Meeting meeting, Participant participant) {
        if (participant.attendance() != AttendanceStatus.APOLOGY) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.noApologyToTakeBack");
        }
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.apologyTakenBackAfterStart");
        }
    }

    /**
     * A member marks only themself: a check-in; an apology before the meeting starts, or taking it back; and, while
     * present at a meeting in session, leaving.
     */
    private static void requireOwnMarking(Meeting meeting, Participant participant, AttendanceStatus status,
            Actor actor) {
        if (!actor.requireParticipant(meeting).memberId().equals(participant.memberId())) {
            throw new CommandRefusedException(Reason.FORBIDDEN, "refused.notParticipant");
        }
        if (status == AttendanceStatus.APOLOGY && meeting.status() != MeetingStatus.SCHEDULED) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.apologyAfterStart");
        }
        if (status == AttendanceStatus.LEFT && !(meeting.inSession()
                && participant.attendance() == AttendanceStatus.PRESENT)) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.leaveNotPresent");
        }
        if (status == AttendanceStatus.ABSENT) {
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
