package dk.plenum.meeting;

/**
 * A change that would make the meeting bigger than one of its {@link MeetingLimits}. Nothing was stored:
 * the limit is checked on the projection the change would build, before its event is appended.
 */
public class MeetingTooLargeException extends CommandRefusedException {

    MeetingTooLargeException(String messageKey, Object... args) {
        super(Reason.CONFLICT, messageKey, args);
    }
}
