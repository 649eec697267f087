package dk.plenum.timeplan;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting's time plan, worked out from its projection alone. Only durations are planned: an item's planned start
 * is the meeting's start plus the planned minutes of the items before it (a withdrawn item takes none), so it follows
 * every reorder, late item and move of the meeting. While the meeting runs, {@link #delay} is how much later (or,
 * negative, earlier) than planned the current item became current (before any item, how late the meeting started),
 * and every coming item is expected that much later or earlier than planned. It moves when the current item does,
 * not while an item runs over.
 *
 * @param plannedStarts by item id; withdrawn items have none
 * @param delay         zero until the meeting starts
 * @param expectedStarts by item id, for the items still to come: all of them before the meeting starts, those after
 *                      the current one while it runs or is paused, none once it is closed
 */
public record TimePlan(Map<String, Instant> plannedStarts, Duration delay, Map<String, Instant> expectedStarts) {

    /** The meeting's time plan, or empty when none of its items has planned minutes. */
    public static Optional<TimePlan> of(Meeting meeting) {
        if (meeting.items().stream().allMatch(item -> item.plannedMinutes() == null)) {
            return Optional.empty();
        }
        Map<String, Instant> planned = new HashMap<>();
        Instant cursor = meeting.startsAt();
        for (AgendaItem item : meeting.items()) {
            if (!item.withdrawn()) {
                planned.put(item.id(), cursor);
                cursor = cursor.plus(Duration.ofMinutes(item.plannedMinutes() == null ? 0 : item.plannedMinutes()));
            }
        }
        Duration delay = delay(meeting, planned);
        Map<String, Instant> expected = new HashMap<>();
        boolean coming = comingFromStart(meeting);
        for (AgendaItem item : meeting.items()) {
            if (coming && planned.containsKey(item.id())) {
                expected.put(item.id(), planned.get(item.id()).plus(delay));
            }
            coming = coming || item.id().equals(runningItemId(meeting));
        }
        return Optional.of(new TimePlan(Map.copyOf(planned), delay, Map.copyOf(expected)));
    }

    public Optional<Instant> plannedStart(String itemId) {
        return Optional.ofNullable(plannedStarts.get(itemId));
    }

    public Optional<Instant> expectedStart(String itemId) {
        return Optional.ofNullable(expectedStarts.get(itemId));
    }

    /** Whole minutes behind the plan (negative: ahead), rounded to the nearest minute. */
    public long minutesBehind() {
        return Math.round(delay.toSeconds() / 60.0);
    }

    private static Duration delay(Meeting meeting, Map<String, Instant> planned) {
        if (!meeting.inSession() || meeting.startedAt() == null) {
            return Duration.ZERO;
        }
        return meeting.currentItem()
                .filter(current -> current.firstCurrentAt() != null && planned.containsKey(current.id()))
                .map(current -> Duration.between(planned.get(current.id()), current.firstCurrentAt()))
                .orElseGet(() -> Duration.between(meeting.startsAt(), meeting.startedAt()));
    }

    /** Every item is still to come before the meeting starts, and while it runs with no item current yet. */
    private static boolean comingFromStart(Meeting meeting) {
        return meeting.status() == MeetingStatus.SCHEDULED || meeting.inSession() && runningItemId(meeting) == null;
    }

    private static String runningItemId(Meeting meeting) {
        return meeting.inSession() ? meeting.currentItemId() : null;
    }
}
