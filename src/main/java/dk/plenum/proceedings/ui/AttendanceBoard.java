package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.html.Div;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import dk.plenum.shell.KeyedRows;

/**
 * Everyone summoned, each with one tap for present, apology, absent or left. A substitute is seated
 * by choosing whom they stand in for, then present.
 */
class AttendanceBoard extends Div {

    private final AttendanceService attendance;
    private final CommandRunner commands;
    private final KeyedRows<Participant, ParticipantRow> rows;
    /** The meeting as last drawn: the one a mark is recorded in. */
    private Meeting meeting;

    AttendanceBoard(AttendanceService attendance, CommandRunner commands) {
        this.attendance = attendance;
        this.commands = commands;
        this.rows = new KeyedRows<>(this, Participant::memberId, participant -> new ParticipantRow(participant, this::mark),
                (row, participant) -> row.show(meeting, participant));
        addClassName("plenum-control-board");
    }

    void show(Meeting shown) {
        if (meeting != null && !meeting.id().equals(shown.id())) {
            rows.clear(); // another meeting: its people may share ids with this one's
        }
        meeting = shown;
        rows.show(shown.participants());
    }

    private void mark(String memberId, AttendanceStatus mark, String substituteFor) {
        String meetingId = meeting.id();
        commands.run(actor -> attendance.mark(meetingId, memberId, mark, substituteFor, actor));
    }
}
