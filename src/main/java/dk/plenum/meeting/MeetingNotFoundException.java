package dk.plenum.meeting;

/** Asked for a meeting that does not exist. */
public class MeetingNotFoundException extends RuntimeException {

    private final String meetingId;

    public MeetingNotFoundException(String meetingId) {
        super("No meeting with id " + meetingId);
        this.meetingId = meetingId;
    }

    public String meetingId() {
        return meetingId;
    }
}
