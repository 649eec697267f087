package dk.plenum.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.Participation.Quorum;
import java.util.Locale;

/**
 * Whether the council is quorate (beslutningsdygtigt) for the item under discussion, known not to be, or not known
 * yet while members are unmarked, live, for members and the secretariat while the meeting runs: on the members' agenda
 * and on the control desk, as one line. Not quorate is a warning in words, with a warning sign, white on red (6.5:1),
 * not by colour alone (styles/quorum.css). A departure that breaks quorum is also said at once to screen readers
 * (role="alert", not shown: the line says it already); the count itself is a polite status.
 */
@StyleSheet("styles/quorum.css")
public class QuorumBanner extends Div {

    private final Span status = new Span();
    private final Div alert = new Div();
    private Icon sign;
    private Shown shown;

    public QuorumBanner() {
        addClassName("plenum-quorum");
        status.addClassName("plenum-quorum-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        alert.addClassNames("plenum-quorum-alert", "plenum-visually-hidden");
        alert.getElement().setAttribute("role", "alert");
        add(status, alert);
        setVisible(false);
    }

    /** @param follows whether the viewer is a member or the secretariat (the public is not shown quorum) */
    public void show(Meeting meeting, boolean follows) {
        boolean running = meeting.inSession();
        setVisible(follows && running);
        if (!follows || !running) {
            return;
        }
        Quorum quorum = Participation.quorum(meeting, meeting.currentItemId());
        Shown now = new Shown(quorum, getLocale());
        if (now.equals(shown)) {
            return;
        }
        boolean justBroken = shown != null && !shown.quorum().broken() && quorum.broken();
        shown = now;
        if (quorum.reached()) {
            status.setText(getTranslation("voting.quorum.reached", quorum.takingPart(), quorum.seats()));
        } else if (quorum.broken()) {
            status.setText(getTranslation("voting.quorum.notReached", quorum.takingPart(), quorum.seats(),
                    quorum.missing()));
        } else {
            status.setText(getTranslation("voting.quorum.unmarked", quorum.takingPart(), quorum.seats(),
                    quorum.unmarked()));
        }
        if (justBroken || !quorum.broken()) {
            alert.setText(justBroken ? getTranslation("voting.quorum.broken", quorum.takingPart(), quorum.seats()) : "");
        }
        alert.setVisible(quorum.broken() && !alert.getText().isEmpty());
        setClassName("is-not-quorate", quorum.broken());
        setClassName("is-quorate", quorum.reached());
        Icon drawn = (quorum.broken() ? VaadinIcon.WARNING
                : quorum.reached() ? VaadinIcon.CHECK : VaadinIcon.QUESTION_CIRCLE).create();
        drawn.addClassName("plenum-quorum-sign");
        drawn.getElement().setAttribute("aria-hidden", "true");
        if (sign != null) {
            remove(sign);
        }
        sign = drawn;
        addComponentAsFirst(sign);
    }

    private record Shown(Quorum quorum, Locale locale) {
    }
}
