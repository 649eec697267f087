package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.Meeting;
import dk.plenum.shell.PollTicks;
import dk.plenum.timeplan.TimePlan;
import dk.plenum.timeplan.TimePlanService;

/**
 * Whether the running meeting is ahead of its time plan or behind, in whole minutes, as of now: an item running past
 * its planned end makes it fall behind while it runs, with no event. It is worked out again on every change to the
 * meeting, and every {@link PollTicks#EVERY} by the page's poll while it is attached and shown (stopped otherwise).
 * Hidden when the meeting has no time plan or does not run; read out by screen readers as it changes.
 */
final class TimePlanStatus extends Span {

    private final TimePlanService timePlan;
    private final PollTicks ticks;
    /** The meeting last shown, worked out again on each tick. */
    private Meeting meeting;

    TimePlanStatus(TimePlanService timePlan) {
        this.timePlan = timePlan;
        addClassName("plenum-control-timeplan");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        ticks = PollTicks.whileAttached(this, () -> {
            if (meeting != null) {
                show(meeting);
            }
        });
    }

    void show(Meeting shown) {
        meeting = shown;
        boolean running = shown.inSession();
        TimePlan plan = running ? timePlan.planOf(shown).orElse(null) : null;
        setVisible(plan != null);
        ticks.tickWhile(plan != null);
        if (plan == null) {
            return;
        }
        long behind = plan.minutesBehind();
        String text = behind > 0 ? getTranslation("timeplan.behind", behind)
                : behind < 0 ? getTranslation("timeplan.ahead", -behind) : getTranslation("timeplan.onTime");
        setClassName("is-behind", behind > 0);
        if (!text.equals(getText())) {
            setText(text);
        }
    }
}
