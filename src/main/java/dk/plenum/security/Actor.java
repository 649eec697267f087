package dk.plenum.security;

import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingNotFoundException;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import java.util.Optional;

/**
 * The logged-in person a command comes from. A member account is tied to one council member; a
 * secretariat account to one council ({@code councilId}); an administrator to no council, as it runs
 * all of them.
 */
public record Actor(String username, String displayName, AccountRole role, String councilId, String memberId) {

    public boolean isAdministrator() {
        return role == AccountRole.ADMINISTRATOR;
    }

    /** Whether this account runs meetings at all: some council's secretariat, or an administrator. */
    public boolean runsMeetings() {
        return role == AccountRole.SECRETARIAT || isAdministrator();
    }

    /** Whether this account runs the council's meetings: its own secretariat, or an administrator. */
    public boolean isSecretariatOf(String aCouncilId) {
        return isAdministrator()
                || role == AccountRole.SECRETARIAT && councilId != null && councilId.equals(aCouncilId);
    }

    /**
     * Whether this person leads the meeting: its secretariat, or its chair while present, who runs the list of
     * speakers and decides on protocol entries from the tablet.
     */
    public boolean leads(Meeting meeting) {
        return isSecretariatOf(meeting.councilId()) || seatIn(meeting).filter(Participant::chairsPresent).isPresent();
    }

    /** How much of this meeting this person may see, now. */
    public Audience audienceFor(Meeting meeting) {
        if (isSecretariatOf(meeting.councilId())) {
            return Audience.SECRETARIAT;
        }
        return seatIn(meeting).isPresent() ? Audience.MEMBER : Audience.PUBLIC;
    }

    /**
     * Refuses anyone but the council's secretariat or an administrator; a secretary of another council
     * is told so, rather than that only the secretariat may.
     */
    public void requireSecretariatOf(String aCouncilId) {
        if (!isSecretariatOf(aCouncilId)) {
            throw new NotAllowedException(runsMeetings() ? "refused.otherCouncil" : "refused.secretariatOnly");
        }
    }

    /**
     * This member's place in the meeting; refuses anyone who does not take part in it as a member now. A
     * meeting the actor may not see (a draft, to a member) does not exist for them, as on every other channel.
     */
    public Participant requireParticipant(Meeting meeting) {
        if (!MeetingVisibility.isVisibleTo(audienceFor(meeting), meeting)) {
            throw new MeetingNotFoundException(meeting.id());
        }
        return seatIn(meeting).orElseThrow(() -> new NotAllowedException(isSummonedSubstitute(meeting)
                ? "refused.substituteNotSeated" : "refused.notParticipant"));
    }

    /**
     * This member's place in the meeting while they act in it as a member: summoned as chair, member or
     * staff; a substitute only while the secretariat has her seated for a member who is not present.
     */
    public Optional<Participant> seatIn(Meeting meeting) {
        if (role != AccountRole.MEMBER || !meeting.councilId().equals(councilId)) {
            return Optional.empty();
        }
        return meeting.participant(memberId)
                .filter(participant -> participant.role() != MemberRole.SUBSTITUTE || isSeated(meeting, participant));
    }

    private boolean isSummonedSubstitute(Meeting meeting) {
        return role == AccountRole.MEMBER && meeting.councilId().equals(councilId) && meeting.participant(memberId)
                .filter(participant -> participant.role() == MemberRole.SUBSTITUTE).isPresent();
    }

    private static boolean isSeated(Meeting meeting, Participant substitute) {
        return substitute.attendance() == AttendanceStatus.PRESENT && substitute.substituteFor() != null
                && meeting.participant(substitute.substituteFor())
                        .filter(member -> member.attendance() != AttendanceStatus.PRESENT).isPresent();
    }
}
