package dk.plenum.agenda.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.plenum.meeting.AttendanceList;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.Participation.Quorum;
import java.util.List;
import java.util.Locale;

/** Who is here, who sent apologies, who is absent or left, and who has not checked in yet. */
class AttendancePanel extends Div {

    private Shown shown;

    AttendancePanel() {
        addClassName("plenum-attendance");
    }

    /** Rebuilt only when someone's attendance changed (or the language did): unchanged, nothing is resent. */
    void show(Meeting meeting) {
        Shown now = new Shown(meeting.participants(), getLocale());
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        removeAll();
        add(new H2(getTranslation("live.attendance.title")));
        Quorum seated = Participation.quorum(meeting, null);
        Paragraph count = new Paragraph(getTranslation("live.attendance.membersPresent", seated.takingPart(),
                seated.seats()));
        count.addClassName("plenum-attendance-count");
        add(count);
        AttendanceList.groups(meeting).forEach((status, people) -> add(group(meeting, status, people)));
    }

    private Div group(Meeting meeting, AttendanceStatus status, List<Participant> people) {
        UnorderedList list = new UnorderedList();
        people.forEach(person -> list.add(person(meeting, person)));
        // Who is present includes the secretariat and others without a seat: the count of members is said above.
        String heading = getTranslation("live.attendance." + status);
        Div group = new Div(new H3(status == AttendanceStatus.PRESENT ? heading : heading + " (" + people.size() + ")"),
                list);
        group.addClassNames("plenum-attendance-group", "plenum-attendance-" + status.name().toLowerCase(Locale.ROOT));
        return group;
    }

    private ListItem person(Meeting meeting, Participant person) {
        ListItem entry = new ListItem(new Span(person.name()));
        String note = AttendanceList.note(meeting, person, getLocale());
        if (note != null) {
            Span noted = new Span(note);
            noted.addClassName("plenum-attendance-note");
            entry.add(noted);
        }
        String said = AttendanceList.said(meeting, person, getLocale());
        if (said != null) {
            Span saying = new Span(said);
            saying.addClassNames("plenum-attendance-note", "plenum-attendance-said");
            entry.add(saying);
        }
        return entry;
    }

    private record Shown(List<Participant> participants, Locale locale) {
    }
}
