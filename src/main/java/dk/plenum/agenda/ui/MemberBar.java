package dk.plenum.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.AttendanceList;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.PlannedDeparture;
import java.util.Locale;

/**
 * A summoned member's own attendance: where they stand and what they said (an apology's reason, when they leave), a
 * check-in until they are present; before the meeting starts an apology (afbud), confirmed in a dialog that takes an
 * optional reason, and its undo; while present, leaving early: now, or announced for a time or after an item, and
 * taking that back. The buttons stay put between updates; only what shows changes.
 */
class MemberBar extends Div {

    /** The member's attendance commands; each says whether it was stored (a refusal has been shown if not). */
    interface Commands {

        boolean checkIn();

        boolean sendApology(String reason);

        boolean takeBackApology();

        boolean leaveNow();

        /** {@code departure} null: the member stays after all. */
        boolean planDeparture(PlannedDeparture departure);
    }

    private final Commands commands;
    private final Span status = new Span();
    private final Span note = new Span();
    private final Button checkIn = new Button();
    private final Button apology = new Button();
    private final Button takeBackApology = new Button();
    private final Button leave = new Button();
    private final Button stay = new Button();
    /** The meeting as last shown: the one the dialogs offer items and a date of. */
    private Meeting meeting;
    private Shown shown;

    MemberBar(Commands commands) {
        this.commands = commands;
        addClassName("plenum-member-bar");
        status.addClassName("plenum-own-attendance");
        note.addClassName("plenum-own-note");
        checkIn.addThemeVariants(ButtonVariant.PRIMARY);
        checkIn.addClassName("plenum-check-in");
        checkIn.addClickListener(click -> commands.checkIn());
        apology.addClassName("plenum-apology");
        apology.addClickListener(click -> AttendanceDialogs.apology(this, commands::sendApology));
        takeBackApology.addClassName("plenum-take-back-apology");
        takeBackApology.addClickListener(click -> commands.takeBackApology());
        leave.addClassName("plenum-leave");
        leave.addClickListener(click -> AttendanceDialogs.departure(this, meeting, commands));
        stay.addClassName("plenum-stay");
        stay.addClickListener(click -> commands.planDeparture(null));
        add(status, note, checkIn, apology, takeBackApology, leave, stay);
    }

    /** @param seat the viewer's place in the meeting, or null when they are not summoned (the bar hides) */
    void show(Meeting shownMeeting, Participant seat) {
        meeting = shownMeeting;
        setVisible(seat != null);
        if (seat == null) {
            return;
        }
        String said = AttendanceList.said(meeting, seat, getLocale());
        Shown now = new Shown(seat.attendance(), said, meeting.status(), getLocale());
        if (now.equals(shown)) {
            return; // setting even the same texts would resend them on every live refresh
        }
        shown = now;
        status.setText(getTranslation("live.you", getTranslation("live.attendance." + seat.attendance())));
        note.setText(said == null ? "" : said);
        note.setVisible(said != null);
        boolean before = meeting.status() == MeetingStatus.SCHEDULED;
        boolean present = seat.attendance() == AttendanceStatus.PRESENT;
        checkIn.setText(getTranslation("live.checkIn"));
        checkIn.setVisible(meeting.status() != MeetingStatus.CLOSED && !present);
        apology.setText(getTranslation("live.apology"));
        apology.setVisible(before && seat.attendance() != AttendanceStatus.APOLOGY);
        takeBackApology.setText(getTranslation("live.apology.takeBack"));
        takeBackApology.setVisible(before && seat.attendance() == AttendanceStatus.APOLOGY);
        leave.setText(getTranslation("live.leave"));
        leave.setVisible(present && meeting.status() != MeetingStatus.CLOSED);
        stay.setText(getTranslation("live.leave.stay"));
        stay.setVisible(present && seat.plannedDeparture() != null && meeting.status() != MeetingStatus.CLOSED);
    }

    private record Shown(AttendanceStatus attendance, String said, MeetingStatus status, Locale locale) {
    }
}
