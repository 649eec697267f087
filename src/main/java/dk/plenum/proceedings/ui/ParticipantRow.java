package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dk.plenum.meeting.AttendanceList;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.shell.Badges;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One person summoned, on the attendance board: who they are, their attendance, and a button per mark; a
 * substitute also chooses whom they stand in for. The row is kept while the person is summoned and redrawn in
 * place (see {@link dk.plenum.shell.KeyedRows}), so a check-in from a tablet does not take away the button
 * the secretary is tapping, nor the substitute's choice being made.
 */
final class ParticipantRow extends Div {

    /** The marks the secretariat sets; "expected" is only where everyone starts. */
    private static final List<AttendanceStatus> MARKS = List.of(AttendanceStatus.PRESENT, AttendanceStatus.APOLOGY,
            AttendanceStatus.ABSENT, AttendanceStatus.LEFT);

    /** What a mark button does: the mark, and for "present" whom a substitute stands in for (or null). */
    interface Marking {

        void mark(String memberId, AttendanceStatus mark, String substituteFor);
    }

    private final Span name = new Span();
    private final Span role = new Span();
    private final Span status = new Span();
    /** What the person said: why they sent an apology, when they leave early. */
    private final Span said = new Span();
    private final Select<String> standsInFor = new Select<>();
    private final Map<AttendanceStatus, Button> markButtons = new EnumMap<>(AttendanceStatus.class);
    /** The voting members a substitute may stand in for, by id, with their names, as last drawn. */
    private final Map<String, String> votingNames = new HashMap<>();
    /** Whom the meeting records this substitute standing in for, as last drawn. */
    private String recordedSubstituteFor;

    ParticipantRow(Participant participant, Marking marking) {
        String memberId = participant.memberId();
        name.addClassName("plenum-control-person");
        status.addClassName("plenum-control-attendance-status");
        said.addClassName("plenum-control-attendance-said");
        Div who = new Div(name, role, status, said);
        who.addClassName("plenum-control-who");
        Div marks = new Div();
        marks.addClassName("plenum-control-marks");
        if (participant.role() == MemberRole.SUBSTITUTE) {
            standsInFor.setItemLabelGenerator(votingNames::get);
            standsInFor.addClassName("plenum-control-stands-in-for");
            marks.add(standsInFor);
        }
        for (AttendanceStatus mark : MARKS) {
            Button button = new Button();
            button.addClickListener(click -> marking.mark(memberId, mark,
                    mark == AttendanceStatus.PRESENT ? standsInFor.getValue() : null));
            button.addClassName("plenum-control-mark");
            button.getElement().setAttribute("data-mark", mark.name());
            markButtons.put(mark, button);
            marks.add(button);
        }
        add(who, marks);
        addClassName("plenum-control-participant");
        getElement().setAttribute("data-member-id", memberId);
    }

    /** Draws {@code participant} as {@code meeting} has them now. */
    void show(Meeting meeting, Participant participant) {
        name.setText(participant.name());
        role.removeAll();
        role.add(Badges.badge(getTranslation("control.role." + participant.role()), Badges.Tone.NEUTRAL));
        String statusText = getTranslation("control.status." + participant.attendance());
        status.setText(standingInFor(meeting, participant)
                .map(member -> getTranslation("control.standsInFor", statusText, member.name())).orElse(statusText));
        String saying = AttendanceList.said(meeting, participant, getLocale());
        said.setText(saying == null ? "" : saying);
        said.setVisible(saying != null);
        if (participant.role() == MemberRole.SUBSTITUTE) {
            showStandsInFor(meeting, participant);
        }
        markButtons.forEach((mark, button) -> {
            button.setText(getTranslation("control.mark." + mark));
            boolean pressed = participant.attendance() == mark;
            button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
            if (pressed) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    /** The choice being made stays; it follows the meeting only when the meeting's record of it changed. */
    private void showStandsInFor(Meeting meeting, Participant substitute) {
        List<Participant> votingMembers = meeting.participants().stream().filter(Participant::votes).toList();
        Map<String, String> voting = new HashMap<>();
        votingMembers.forEach(member -> voting.put(member.memberId(), member.name()));
        String chosen = standsInFor.getValue();
        if (!voting.equals(votingNames)) {
            votingNames.clear();
            votingNames.putAll(voting);
            standsInFor.setItems(votingMembers.stream().map(Participant::memberId).toList());
            standsInFor.setValue(voting.containsKey(chosen) ? chosen : null);
        }
        if (!Objects.equals(recordedSubstituteFor, substitute.substituteFor())) {
            recordedSubstituteFor = substitute.substituteFor();
            standsInFor.setValue(voting.containsKey(recordedSubstituteFor) ? recordedSubstituteFor : null);
        }
        standsInFor.setPlaceholder(getTranslation("control.substituteFor"));
        standsInFor.setAriaLabel(getTranslation("control.substituteFor"));
    }

    private static Optional<Participant> standingInFor(Meeting meeting, Participant substitute) {
        return Optional.ofNullable(substitute.substituteFor()).flatMap(meeting::participant);
    }
}
