package dk.plenum.meeting;

/**
 * The council already has a meeting starting at that time: its log holds one meeting per council and start
 * time (the event store's unique council slot), so a second one there is refused and nothing is stored.
 */
public class MeetingSlotTakenException extends CommandRefusedException {

    public MeetingSlotTakenException() {
        super(Reason.CONFLICT, "refused.slotTaken");
    }
}
