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
            case CANCELLED -> throw new CommandRefusedException(Reason.CONFLICT, "refused.cancelled");
        }
    }

    /** Running, adjourned or closed: anything but not yet started. */
    public static void requireStarted(Meeting meeting) {
        if (meeting.status() == MeetingStatus.SCHEDULED) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.notStarted");
        }
    }

    /** Neither closed nor cancelled: a meeting that can still take place or go on. */
    public static void requireNotClosed(Meeting meeting) {
        if (meeting.status() == MeetingStatus.CLOSED) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.closed");
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.cancelled");
        }
    }

    /** Not yet started, closed or cancelled: the meeting and its agenda are still being prepared. */
    public static void requireInPreparation(Meeting meeting) {
        requireNotClosed(meeting);
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.alreadyStarted");
        }
    }

    /** Sent out: a draft cannot be run, as its members have not seen it. */
    public static void requirePublished(Meeting meeting) {
        if (meeting.draft()) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.draft");
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
