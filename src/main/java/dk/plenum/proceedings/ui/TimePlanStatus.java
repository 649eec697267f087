package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import dk.plenum.meeting.Meeting;
import dk.plenum.timeplan.TimePlan;
import dk.plenum.timeplan.TimePlanService;
import java.time.Duration;

/**
 * Whether the running meeting is ahead of its time plan or behind, in whole minutes, as of now: an item running past
 * its planned end makes it fall behind while it runs, with no event. It is worked out again on every change to the
 * meeting, and every {@link #TICK} by the page's poll while it is attached (stopped on detach). Hidden when the
 * meeting has no time plan or does not run; read out by screen readers as it changes.
 */
final class TimePlanStatus extends Span {

    /** Shown in whole minutes: twice a minute keeps it at most half a minute late. */
    static final Duration TICK = Duration.ofSeconds(30);

    private final TimePlanService timePlan;
    /** The meeting last shown, worked out again on each tick. */
    private Meeting meeting;
    private Registration ticking;

    TimePlanStatus(TimePlanService timePlan) {
        this.timePlan = timePlan;
        addClassName("plenum-control-timeplan");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(Meeting shown) {
        meeting = shown;
        boolean running = shown.inSession();
        TimePlan plan = running ? timePlan.planOf(shown).orElse(null) : null;
        setVisible(plan != null);
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

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        ui.setPollInterval((int) TICK.toMillis());
        ticking = ui.addPollListener(poll -> {
            if (meeting != null) {
                show(meeting);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (ticking != null) {
            ticking.remove();
            ticking = null;
            detach.getUI().setPollInterval(-1);
        }
    }
}
