package dk.plenum.timeplan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.ItemTimePlanned;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.CurrentItemSet;
import dk.plenum.meeting.MeetingChanges.ItemWithdrawn;
import dk.plenum.meeting.MeetingChanges.MeetingClosed;
import dk.plenum.meeting.MeetingChanges.MeetingStarted;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The time plan as the projection gives it: planned starts from the durations, the delay from the current item. */
class TimePlanTest {

    private static final Instant START = Instant.parse("2024-02-29T16:00:00Z");

    private Meeting meeting = MeetingProjection.apply(null, new MeetingEvent("m1", 1, START.minusSeconds(86_400),
            "sekretariat", new MeetingScheduled("c1", "Erhvervsrådet", "Møde", MeetingKind.ORDINARY, START, null,
                    null, List.of(), List.of(item("a", 1, 30), item("b", 2, 45), item("c", 3, null),
                            item("d", 4, 20), item("e", 5, 15)))));

    @Test
    void plannedStartsFollowFromTheMeetingStartAndTheDurationsBefore() {
        apply(START, new ItemWithdrawn("c"));
        TimePlan plan = TimePlan.of(meeting).orElseThrow();

        assertThat(plan.plannedStart("a")).hasValue(START);
        assertThat(plan.plannedStart("b")).hasValue(at(30));
        assertThat(plan.plannedStart("c")).as("a withdrawn item is not planned").isEmpty();
        assertThat(plan.plannedStart("d")).hasValue(at(75));
        assertThat(plan.plannedStart("e")).hasValue(at(95));
        assertThat(plan.expectedStart("e")).as("before the meeting, as planned").hasValue(at(95));
        assertThat(plan.minutesBehind()).isZero();
    }

    @Test
    void aLateStartMakesEveryItemLate() {
        apply(at(7), new MeetingStarted());

        TimePlan plan = TimePlan.of(meeting).orElseThrow();
        assertThat(plan.minutesBehind()).isEqualTo(7);
        assertThat(plan.expectedStart("a")).hasValue(at(7));
        assertThat(plan.expectedStart("d")).hasValue(at(82));
    }

    @Test
    void theCurrentItemSaysHowFarAheadOrBehindTheMeetingIsAndTheComingItemsFollow() {
        apply(START, new MeetingStarted());
        apply(START, new CurrentItemSet("a"));
        apply(at(42), new CurrentItemSet("b"));

        TimePlan behind = TimePlan.of(meeting).orElseThrow();
        assertThat(behind.minutesBehind()).isEqualTo(12);
        assertThat(behind.expectedStart("a")).as("treated: no longer expected").isEmpty();
        assertThat(behind.expectedStart("b")).as("current: no longer expected").isEmpty();
        assertThat(behind.expectedStart("c")).hasValue(at(87));
        assertThat(behind.expectedStart("e")).hasValue(at(107));

        apply(at(60), new CurrentItemSet("d"));
        TimePlan ahead = TimePlan.of(meeting).orElseThrow();
        assertThat(ahead.minutesBehind()).as("d was planned at 17.15 and began at 17.00").isEqualTo(-15);
        assertThat(ahead.expectedStart("e")).hasValue(at(80));

        apply(at(61), new ItemTimePlanned("d", 40));
        assertThat(TimePlan.of(meeting).orElseThrow().expectedStart("e"))
                .as("a new duration moves the coming items").hasValue(at(100));

        apply(at(70), new MeetingClosed());
        assertThat(TimePlan.of(meeting).orElseThrow().expectedStarts()).as("nothing is coming any more").isEmpty();
    }

    @Test
    void asOfAMomentTheCurrentItemRunningPastItsPlannedEndMakesTheMeetingBehindWithNoEvent() {
        apply(START, new MeetingStarted());
        apply(START, new CurrentItemSet("a"));
        apply(at(25), new CurrentItemSet("b"));
        // b was planned 30 minutes in and became current 25 minutes in: 5 ahead, expected to end 70 minutes in.

        TimePlan withinIt = TimePlan.of(meeting, at(60)).orElseThrow();
        assertThat(withinIt.minutesBehind()).as("b may still end on time").isEqualTo(-5);
        assertThat(withinIt.overrun()).isZero();
        assertThat(TimePlan.of(meeting, at(72)).orElseThrow().minutesBehind())
                .as("2 minutes past b's expected end: the 5 ahead are gone, and 2 more").isEqualTo(-3);

        TimePlan longPast = TimePlan.of(meeting, at(90)).orElseThrow();
        assertThat(longPast.minutesBehind()).as("b was planned to end 75 minutes in").isEqualTo(15);
        assertThat(longPast.overrun()).isEqualTo(Duration.ofMinutes(20));
        assertThat(longPast.expectedStart("d")).as("the next item cannot start before now").hasValue(at(90));
        assertThat(longPast.expectedStart("e")).hasValue(at(110));
        assertThat(TimePlan.of(meeting).orElseThrow().minutesBehind()).as("by the events alone").isEqualTo(-5);

        apply(at(90), new MeetingClosed());
        assertThat(TimePlan.of(meeting, at(120)).orElseThrow().overrun()).as("nothing runs").isZero();
    }

    @Test
    void aMeetingWithoutDurationsHasNoTimePlan() {
        for (String itemId : List.of("a", "b", "d", "e")) {
            apply(START, new ItemTimePlanned(itemId, null));
        }
        assertThat(TimePlan.of(meeting)).isEmpty();
    }

    private void apply(Instant at, MeetingChange change) {
        meeting = MeetingProjection.apply(meeting, new MeetingEvent("m1", meeting.lastSeq() + 1, at, "sekretariat",
                change));
    }

    private static Instant at(int minutesAfterStart) {
        return START.plus(Duration.ofMinutes(minutesAfterStart));
    }

    private static AgendaItem item(String id, int number, Integer minutes) {
        return new AgendaItem(id, number, "Punkt " + number, ItemKind.REGULAR, Visibility.OPEN, null, List.of(),
                List.of(), null, false).withPlannedMinutes(minutes);
    }
}
