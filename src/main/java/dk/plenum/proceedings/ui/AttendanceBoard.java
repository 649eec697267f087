package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.shell.Badges;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everyone summoned, each with one tap for present, apology, absent or left. A substitute is seated
 * by choosing whom they stand in for, then present.
 */
class AttendanceBoard extends Div {

    /** The marks the secretariat sets; "expected" is only where everyone starts. */
    private static final List<AttendanceStatus> MARKS = List.of(AttendanceStatus.PRESENT, AttendanceStatus.APOLOGY,
            AttendanceStatus.ABSENT, AttendanceStatus.LEFT);

    private final AttendanceService attendance;
    private final CommandRunner commands;
    /** Each mark button as last drawn, by member and mark: a redraw replaces the one tapped, which keeps the focus. */
    private final Map<String, Button> markButtons = new HashMap<>();

    AttendanceBoard(AttendanceService attendance, CommandRunner commands) {
        this.attendance = attendance;
        this.commands = commands;
        addClassName("plenum-control-board");
    }

    void show(Meeting meeting) {
        removeAll();
        markButtons.clear();
        meeting.participants().forEach(participant -> add(row(meeting, participant)));
    }

    private Component row(Meeting meeting, Participant participant) {
        Span name = new Span(participant.name());
        name.addClassName("plenum-control-person");
        Div who = new Div(name, Badges.badge(getTranslation("control.role." + participant.role()),
                Badges.Tone.NEUTRAL));
        who.addClassName("plenum-control-who");
        Span status = new Span(statusText(meeting, participant));
        status.addClassName("plenum-control-attendance-status");
        who.add(status);

        Select<Participant> standsInFor = new Select<>();
        Div marks = new Div();
        marks.addClassName("plenum-control-marks");
        if (participant.role() == MemberRole.SUBSTITUTE) {
            standsInFor.setItems(meeting.participants().stream().filter(Participant::votes).toList());
            standsInFor.setItemLabelGenerator(Participant::name);
            standsInFor.setPlaceholder(getTranslation("control.substituteFor"));
            standsInFor.setAriaLabel(getTranslation("control.substituteFor"));
            standsInForOf(meeting, participant).ifPresent(standsInFor::setValue);
            standsInFor.addClassName("plenum-control-stands-in-for");
            marks.add(standsInFor);
        }
        for (AttendanceStatus mark : MARKS) {
            Button button = new Button(getTranslation("control.mark." + mark), click -> {
                String substituteFor = mark == AttendanceStatus.PRESENT && !standsInFor.isEmpty()
                        ? standsInFor.getValue().memberId() : null;
                if (commands.run(actor -> attendance.mark(meeting.id(), participant.memberId(), mark, substituteFor,
                        actor))) {
                    KeepFocus.on(markButtons.get(markKey(participant, mark)));
                }
            });
            markButtons.put(markKey(participant, mark), button);
            button.addClassName("plenum-control-mark");
            button.getElement().setAttribute("data-mark", mark.name());
            button.getElement().setAttribute("aria-pressed", String.valueOf(participant.attendance() == mark));
            if (participant.attendance() == mark) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            marks.add(button);
        }
        Div row = new Div(who, marks);
        row.addClassName("plenum-control-participant");
        row.getElement().setAttribute("data-member-id", participant.memberId());
        return row;
    }

    private static String markKey(Participant participant, AttendanceStatus mark) {
        return participant.memberId() + "/" + mark;
    }

    private String statusText(Meeting meeting, Participant participant) {
        String status = getTranslation("control.status." + participant.attendance());
        return standsInForOf(meeting, participant).map(member -> getTranslation("control.standsInFor", status, member.name()))
                .orElse(status);
    }

    private static Optional<Participant> standsInForOf(Meeting meeting, Participant substitute) {
        return Optional.ofNullable(substitute.substituteFor()).flatMap(meeting::participant);
    }
}
