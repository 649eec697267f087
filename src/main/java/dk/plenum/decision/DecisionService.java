package dk.plenum.decision;

import static dk.plenum.meeting.MeetingRules.requireItem;
import static dk.plenum.meeting.MeetingRules.requireParticipant;
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
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
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
            boolean withoutQuorum = withoutQuorum(meeting, itemId, before, input);
            return new DecisionRecorded(itemId, new Decision(input.outcome(), text, publicText, dissent, absent,
                    now, actor.username(), revision, corrections, withoutQuorum,
                    dissentingParties(meeting, input.dissentingParties()),
                    dissentingMembers(meeting, input.dissentingMemberIds())));
        });
    }

    /**
     * Whether the decision is recorded without quorum. While the meeting runs, quorum is counted for the item now,
     * and a decision while it is known to be broken is refused unless the secretary confirms it; recorded later (the meeting
     * adjourned or closed, or a correction), it keeps what it was when first recorded.
     */
    private static boolean withoutQuorum(Meeting meeting, String itemId, Decision before, DecisionInput input) {
        if (meeting.status() != MeetingStatus.LIVE || meeting.minutesApproved()) {
            return before != null && before.withoutQuorum();
        }
        Participation.Quorum quorum = Participation.quorum(meeting, itemId);
        if (!quorum.broken()) {
            return false;
        }
        if (!input.confirmWithoutQuorum()) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.noQuorum", quorum.takingPart(),
                    quorum.seats());
        }
        return true;
    }

    /** The parties named as dissenting, each once; every one must be the party of someone summoned. */
    private static List<String> dissentingParties(Meeting meeting, List<String> parties) {
        for (String party : parties) {
            if (meeting.participants().stream().noneMatch(participant -> party.equals(participant.party()))) {
                throw new CommandRefusedException(Reason.INVALID, "refused.dissent.noGroup", party);
            }
        }
        return parties.stream().distinct().toList();
    }

    /** The members named as dissenting, each once; every one must be summoned to the meeting as one who votes. */
    private static List<String> dissentingMembers(Meeting meeting, List<String> memberIds) {
        for (String memberId : memberIds) {
            Participant member = requireParticipant(meeting, memberId);
            if (!member.votes() && member.substituteFor() == null) {
                throw new CommandRefusedException(Reason.INVALID, "refused.dissent.notMember", member.name());
            }
        }
        return memberIds.stream().distinct().toList();
    }
}
