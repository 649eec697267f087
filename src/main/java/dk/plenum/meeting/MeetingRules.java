package dk.plenum.meeting;

import dk.plenum.meeting.CommandRefusedException.Reason;

/** Checks on a meeting's state that several commands share; each refuses with a message users understand. */
public final class MeetingRules {

    private MeetingRules() {
    }

    public static void requireLive(Meeting meeting) {
        switch (meeting.status()) {
            case LIVE -> { }
            case SCHEDULED -> throw new CommandRefusedException(Reason.CONFLICT, "refused.notStarted");
            case CLOSED -> throw new CommandRefusedException(Reason.CONFLICT, "refused.closed");
            case ADJOURNED -> throw new CommandRefusedException(Reason.CONFLICT, "refused.notLive");
        }
    }

    /** Running, adjourned or closed: anything but not yet started. */
    public static void requireStarted(Meeting meeting) {
        if (meeting.status() == MeetingStatus.SCHEDULED) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.notStarted");
        }
    }

    public static void requireNotClosed(Meeting meeting) {
        if (meeting.status() == MeetingStatus.CLOSED) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.closed");
        }
    }

    public static AgendaItem requireItem(Meeting meeting, String itemId) {
        return meeting.item(itemId)
                .orElseThrow(() -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noItem", itemId));
    }

    public static Participant requireParticipant(Meeting meeting, String memberId) {
        return meeting.participant(memberId)
                .orElseThrow(() -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noMember", memberId));
    }
}
