package dk.plenum.agenda.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import java.util.List;
import java.util.Locale;

/** Who is here, who sent apologies, who is absent or left, and who has not checked in yet. */
class AttendancePanel extends Div {

    private static final List<AttendanceStatus> ORDER = List.of(AttendanceStatus.PRESENT, AttendanceStatus.APOLOGY,
            AttendanceStatus.ABSENT, AttendanceStatus.LEFT, AttendanceStatus.EXPECTED);

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
        for (AttendanceStatus status : ORDER) {
            List<Participant> people = meeting.participants().stream()
                    .filter(participant -> participant.attendance() == status)
                    .filter(participant -> !isUncalledSubstitute(participant))
                    .toList();
            if (!people.isEmpty()) {
                add(group(meeting, status, people));
            }
        }
    }

    private Div group(Meeting meeting, AttendanceStatus status, List<Participant> people) {
        UnorderedList list = new UnorderedList();
        people.forEach(person -> list.add(person(meeting, person)));
        Div group = new Div(new H3(getTranslation("live.attendance." + status) + " (" + people.size() + ")"), list);
        group.addClassNames("plenum-attendance-group", "plenum-attendance-" + status.name().toLowerCase(Locale.ROOT));
        return group;
    }

    private ListItem person(Meeting meeting, Participant person) {
        ListItem entry = new ListItem(new Span(person.name()));
        String note = person.substituteFor() != null
                ? getTranslation("live.attendance.substituteFor", meeting.participant(person.substituteFor())
                        .map(Participant::name).orElse("?"))
                : person.role() == MemberRole.MEMBER ? null : getTranslation("live.role." + person.role());
        if (note != null) {
            Span noted = new Span(note);
            noted.addClassName("plenum-attendance-note");
            entry.add(noted);
        }
        return entry;
    }

    /** A substitute nobody has called in is a reserve, not someone the meeting waits for. */
    private static boolean isUncalledSubstitute(Participant participant) {
        return participant.role() == MemberRole.SUBSTITUTE && participant.attendance() == AttendanceStatus.EXPECTED;
    }

    private record Shown(List<Participant> participants, Locale locale) {
    }
}
