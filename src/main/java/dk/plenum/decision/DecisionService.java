package dk.plenum.decision;

import static dk.plenum.meeting.MeetingRules.requireItem;
import static dk.plenum.meeting.MeetingRules.requireStarted;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.CommandText;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.security.Actor;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Records decisions. A decision can be recorded once the meeting has started, amended later (each
 * amendment is a new event, so the log keeps what it said before), and notes who was absent then.
 */
@Service
public class DecisionService {

    static final int MAX_TEXT = 10_000;
    static final int MAX_DISSENT = 2_000;

    private final MeetingJournal journal;

    DecisionService(MeetingJournal journal) {
        this.journal = journal;
    }

    public Meeting record(String meetingId, String itemId, DecisionInput input, Actor actor) {
        actor.requireSecretariat();
        if (input.outcome() == null) {
            throw new CommandRefusedException(Reason.INVALID, "refused.textEmpty", "outcome");
        }
        String text = CommandText.required(input.text(), "text", MAX_TEXT);
        String publicText = CommandText.optional(input.publicText(), "publicText", MAX_TEXT);
        String dissent = CommandText.optional(input.dissent(), "dissent", MAX_DISSENT);
        return journal.append(meetingId, actor.username(), meeting -> {
            requireStarted(meeting);
            AgendaItem item = requireItem(meeting, itemId);
            if (item.isOpen() && publicText != null) {
                throw new CommandRefusedException(Reason.INVALID, "refused.publicTextOpenItem");
            }
            int revision = item.decision() == null ? 1 : item.decision().revision() + 1;
            return new DecisionRecorded(itemId, new Decision(input.outcome(), text, publicText, dissent,
                    meeting.absentMemberIds(), Instant.now(), actor.username(), revision));
        });
    }
}
