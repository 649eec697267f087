package dk.plenum.meeting;

/** Asked for a meeting that does not exist. */
public class MeetingNotFoundException extends CommandRefusedException {

    public MeetingNotFoundException(String meetingId) {
        super(Reason.NOT_FOUND, "refused.noMeeting", meetingId);
    }
}
