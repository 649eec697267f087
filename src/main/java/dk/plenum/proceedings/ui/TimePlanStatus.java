package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.Meeting;
import dk.plenum.timeplan.TimePlan;

/**
 * Whether the running meeting is ahead of its time plan or behind, in whole minutes, as of the item that became
 * current last. Hidden when the meeting has no time plan or does not run; read out by screen readers as it changes.
 */
final class TimePlanStatus extends Span {

    TimePlanStatus() {
        addClassName("plenum-control-timeplan");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(Meeting meeting) {
        boolean running = meeting.inSession();
        TimePlan plan = running ? TimePlan.of(meeting).orElse(null) : null;
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
}
