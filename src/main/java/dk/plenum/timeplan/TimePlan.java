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
 * and every coming item is expected that much later or earlier than planned. Asked {@linkplain #of(Meeting, Instant)
 * as of a moment}, it also counts the current item running past its planned end: the next item cannot start before
 * now, so the meeting is behind by at least the time since that end ({@link #overrun}), and falls further behind
 * while the item runs on, with no event.
 *
 * @param plannedStarts by item id; withdrawn items have none
 * @param delay         zero until the meeting starts
 * @param expectedStarts by item id, for the items still to come: all of them before the meeting starts, those after
 *                      the current one while it runs or is paused, none once it is closed
 * @param overrun       how much of the delay comes from the current item running past its planned end as of the
 *                      moment asked, beyond what the events alone say; zero when it does not
 */
public record TimePlan(Map<String, Instant> plannedStarts, Duration delay, Map<String, Instant> expectedStarts,
        Duration overrun) {

    /**
     * The meeting's time plan as its events alone say (an item running over shows once the next one starts), or
     * empty when none of its items has planned minutes.
     */
    public static Optional<TimePlan> of(Meeting meeting) {
        return of(meeting, null);
    }

    /**
     * The meeting's time plan as of {@code now}: as {@link #of(Meeting)}, and behind by at least how long the current
     * item has run past its planned end.
     */
    public static Optional<TimePlan> of(Meeting meeting, Instant now) {
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
        Duration recorded = delay(meeting, planned);
        Duration overrun = now == null ? Duration.ZERO : overrun(meeting, planned, recorded, now);
        Duration delay = recorded.plus(overrun);
        Map<String, Instant> expected = new HashMap<>();
        boolean coming = comingFromStart(meeting);
        for (AgendaItem item : meeting.items()) {
            if (coming && planned.containsKey(item.id())) {
                expected.put(item.id(), planned.get(item.id()).plus(delay));
            }
            coming = coming || item.id().equals(runningItemId(meeting));
        }
        return Optional.of(new TimePlan(Map.copyOf(planned), delay, Map.copyOf(expected), overrun));
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

    /**
     * How far {@code now} is past the current item's planned end, beyond the delay the events give: the item was
     * expected to end at its planned end plus that delay. Zero when it is not past it, or nothing runs.
     */
    private static Duration overrun(Meeting meeting, Map<String, Instant> planned, Duration recorded, Instant now) {
        String running = runningItemId(meeting);
        if (running == null || !planned.containsKey(running)) {
            return Duration.ZERO;
        }
        Integer minutes = meeting.item(running).map(AgendaItem::plannedMinutes).orElse(null);
        Instant expectedEnd = planned.get(running).plus(recorded)
                .plus(Duration.ofMinutes(minutes == null ? 0 : minutes));
        Duration past = Duration.between(expectedEnd, now);
        return past.isNegative() ? Duration.ZERO : past;
    }

    /** Every item is still to come before the meeting starts, and while it runs with no item current yet. */
    private static boolean comingFromStart(Meeting meeting) {
        return meeting.status() == MeetingStatus.SCHEDULED || meeting.inSession() && runningItemId(meeting) == null;
    }

    private static String runningItemId(Meeting meeting) {
        return meeting.inSession() ? meeting.currentItemId() : null;
    }
}
