package dk.plenum.decision;

import static dk.plenum.meeting.MeetingRules.requireItem;
import static dk.plenum.meeting.MeetingRules.requireStarted;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.CommandText;
import dk.plenum.meeting.Correction;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.security.Actor;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Records decisions. A decision can be recorded once the meeting has started, amended later (each
 * amendment is a new event, so the log keeps what it said before), and notes who was absent then.
 * Once the minutes are approved a decision is locked: it changes only as a correction with a reason,
 * which the decision keeps and the minutes print.
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
        if (input.outcome() == null) {
            throw new CommandRefusedException(Reason.INVALID, "refused.textEmpty", "outcome");
        }
        String text = CommandText.required(input.text(), "text", MAX_TEXT);
        String publicText = CommandText.optional(input.publicText(), "publicText", MAX_TEXT);
        String dissent = CommandText.optional(input.dissent(), "dissent", MAX_DISSENT);
        String reason = CommandText.optional(input.reason(), "reason", MAX_DISSENT);
        return journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            requireStarted(meeting);
            AgendaItem item = requireItem(meeting, itemId);
            if (item.isOpen() && publicText != null) {
                throw new CommandRefusedException(Reason.INVALID, "refused.publicTextOpenItem");
            }
            Decision before = item.decision();
            Instant now = Instant.now();
            List<Correction> corrections = before == null ? List.of() : before.corrections();
            List<String> absent = meeting.absentMemberIds();
            if (meeting.minutesApproved()) {
                if (reason == null) {
                    throw new CommandRefusedException(Reason.CONFLICT, "minutes.refused.locked");
                }
                corrections = Stream.concat(corrections.stream(), Stream.of(new Correction(now,
                        actor.displayName(), reason, before == null ? null : before.text()))).toList();
                // A correction fixes the record of the meeting, whose attendance it must not rewrite.
                absent = before == null ? absent : before.absentMemberIds();
            } else if (reason != null) {
                throw new CommandRefusedException(Reason.INVALID, "minutes.refused.reasonOnlyForCorrections");
            }
            int revision = before == null ? 1 : before.revision() + 1;
            return new DecisionRecorded(itemId, new Decision(input.outcome(), text, publicText, dissent, absent,
                    now, actor.username(), revision, corrections));
        });
    }
}
