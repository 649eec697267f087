package dk.plenum.agenda.ui;

import com.vaadin.flow.component.html.Div;
import dk.plenum.meeting.AttendanceList;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.Participation.Quorum;
import dk.plenum.shell.Markup;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Who is here, who sent apologies, who is absent or left, and who has not checked in yet. It only displays, so it is
 * sent as one piece of HTML ({@link Markup}): a few dozen components fewer in every open view of the agenda.
 */
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
        Element content = Markup.fragment();
        content.appendElement("h2").text(getTranslation("live.attendance.title"));
        Quorum seated = Participation.quorum(meeting, null);
        content.appendElement("p").addClass("plenum-attendance-count")
                .text(getTranslation("live.attendance.membersPresent", seated.takingPart(), seated.seats()));
        AttendanceList.groups(meeting).forEach((status, people) -> group(content, meeting, status, people));
        Markup.showIn(this, content);
    }

    private void group(Element content, Meeting meeting, AttendanceStatus status, List<Participant> people) {
        Element group = content.appendElement("div").addClass("plenum-attendance-group")
                .addClass("plenum-attendance-" + status.name().toLowerCase(Locale.ROOT));
        // Who is present includes the secretariat and others without a seat: the count of members is said above.
        String heading = getTranslation("live.attendance." + status);
        group.appendElement("h3").text(status == AttendanceStatus.PRESENT ? heading
                : heading + " (" + people.size() + ")");
        Element list = group.appendElement("ul");
        people.forEach(person -> person(list.appendElement("li"), meeting, person));
    }

    private void person(Element entry, Meeting meeting, Participant person) {
        entry.appendElement("span").text(person.name());
        String note = AttendanceList.note(meeting, person, getLocale());
        if (note != null) {
            entry.appendElement("span").addClass("plenum-attendance-note").text(note);
        }
        String said = AttendanceList.said(meeting, person, getLocale());
        if (said != null) {
            entry.appendElement("span").addClass("plenum-attendance-note").addClass("plenum-attendance-said")
                    .text(said);
        }
    }

    private record Shown(List<Participant> participants, Locale locale) {
    }
}
