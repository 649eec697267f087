package dk.plenum.meeting;

import java.time.Instant;

/**
 * When a present member has said they will leave the meeting early: at a time ({@code at}), or after an item
 * ({@code afterItemId}), one of the two. Only an announcement: the departure itself is recorded as attendance
 * {@link AttendanceStatus#LEFT}, by the member ("I leave now") or by the secretariat.
 */
public record PlannedDeparture(Instant at, String afterItemId) {
}
