package dk.plenum.meeting;

import java.time.Instant;

/**
 * When a present member has said they will leave the meeting early: at a time ({@code at}), or after an item
 * ({@code afterItemId}), one of the two. An announcement until it {@link #dueIn falls due}: the departure itself is
 * recorded as attendance {@link AttendanceStatus#LEFT}, by the member ("I leave now"), by the secretariat, or by
 * Plenum when the meeting gets there.
 */
public record PlannedDeparture(Instant at, String afterItemId) {

    /**
     * Whether the member has left by now, as they said: their time has come, or the meeting has moved past their item
     * (it is decided, or another item is current that comes after it on the agenda or follows it having been current).
     */
    public boolean dueIn(Meeting meeting, Instant now) {
        if (at != null) {
            return !at.isAfter(now);
        }
        int named = meeting.positionOf(afterItemId);
        if (named < 0) {
            return false;
        }
        AgendaItem item = meeting.items().get(named);
        String current = meeting.currentItemId();
        return item.decision() != null || current != null && !current.equals(afterItemId)
                && (item.treated() || meeting.positionOf(current) > named);
    }
}
