package dk.plenum.security;

import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import dk.plenum.visibility.Audience;

/**
 * The logged-in person a command comes from. A member account is tied to one council member;
 * a secretariat account to no one in particular.
 */
public record Actor(String username, String displayName, AccountRole role, String councilId, String memberId) {

    public boolean isSecretariat() {
        return role == AccountRole.SECRETARIAT;
    }

    /** Whether this person sees a council's meetings as an insider: its secretariat or its members. */
    public boolean belongsTo(String aCouncilId) {
        return isSecretariat() || aCouncilId.equals(councilId);
    }

    /** How much of a council's meetings this person may see. */
    public Audience audienceFor(String aCouncilId) {
        return isSecretariat() ? Audience.SECRETARIAT : belongsTo(aCouncilId) ? Audience.MEMBER : Audience.PUBLIC;
    }

    /** Refuses anyone but the secretariat. */
    public void requireSecretariat() {
        if (!isSecretariat()) {
            throw new NotAllowedException("refused.secretariatOnly");
        }
    }

    /** This member's place in the meeting; refuses anyone not summoned to it. */
    public Participant requireParticipant(Meeting meeting) {
        if (role != AccountRole.MEMBER || !meeting.councilId().equals(councilId)) {
            throw new NotAllowedException("refused.notParticipant");
        }
        return meeting.participant(memberId).orElseThrow(() -> new NotAllowedException("refused.notParticipant"));
    }
}
