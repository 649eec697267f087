package dk.plenum.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Participant;
import java.util.Locale;

/**
 * A summoned member's own attendance: where they stand, a check-in until they are present, and an
 * apology (afbud) until the meeting starts. The buttons stay put between updates; only what shows changes.
 */
class MemberBar extends Div {

    private final Span status = new Span();
    private final Button checkIn = new Button();
    private final Button apology = new Button();
    private Shown shown;

    MemberBar(Runnable onCheckIn, Runnable onApology) {
        addClassName("plenum-member-bar");
        status.addClassName("plenum-own-attendance");
        checkIn.addThemeVariants(ButtonVariant.PRIMARY);
        checkIn.addClassName("plenum-check-in");
        checkIn.addClickListener(click -> onCheckIn.run());
        apology.addClassName("plenum-apology");
        apology.addClickListener(click -> onApology.run());
        add(status, checkIn, apology);
    }

    /** @param seat the viewer's place in the meeting, or null when they are not summoned (the bar hides) */
    void show(Meeting meeting, Participant seat) {
        setVisible(seat != null);
        if (seat == null) {
            return;
        }
        Shown now = new Shown(seat.attendance(), meeting.status(), getLocale());
        if (now.equals(shown)) {
            return; // setting even the same texts would resend them on every live refresh
        }
        shown = now;
        status.setText(getTranslation("live.you", getTranslation("live.attendance." + seat.attendance())));
        checkIn.setText(getTranslation("live.checkIn"));
        checkIn.setVisible(meeting.status() != MeetingStatus.CLOSED && seat.attendance() != AttendanceStatus.PRESENT);
        apology.setText(getTranslation("live.apology"));
        apology.setVisible(meeting.status() == MeetingStatus.SCHEDULED
                && seat.attendance() != AttendanceStatus.APOLOGY);
    }

    private record Shown(AttendanceStatus attendance, MeetingStatus status, Locale locale) {
    }
}
