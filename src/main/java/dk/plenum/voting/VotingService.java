package dk.plenum.voting;

import static dk.plenum.meeting.MeetingRules.requireItem;
import static dk.plenum.meeting.MeetingRules.requireNotClosed;
import static dk.plenum.meeting.MeetingRules.requireParticipant;
import static dk.plenum.meeting.MeetingRules.requirePublished;
import static dk.plenum.meeting.MeetingRules.requireStarted;

import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.RecordedVote;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.meeting.RecordedVote.Kind;
import dk.plenum.meeting.VotingChanges.ConflictOfInterestDeclared;
import dk.plenum.meeting.VotingChanges.ConflictOfInterestLifted;
import dk.plenum.meeting.VotingChanges.VoteRecorded;
import dk.plenum.security.Actor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Conflicts of interest and recorded votes. A member declares themself inhabil on an item from the tablet; the
 * secretariat records it for anyone, and lifts one recorded by mistake. A vote is counted from who takes part in
 * the item ({@link Participation}) as the secretariat taps it, never typed as numbers.
 */
@Service
public class VotingService {

    private final MeetingJournal journal;

    VotingService(MeetingJournal journal) {
        this.journal = journal;
    }

    /** {@code memberId} is inhabil on the item; a member may declare it only for themself. */
    public Meeting declareConflict(String meetingId, String itemId, String memberId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            String who = actor.isSecretariatOf(meeting.councilId()) ? memberId
                    : actor.requireParticipant(meeting).memberId();
            if (!Objects.equals(who, memberId) && memberId != null) {
                throw new CommandRefusedException(Reason.FORBIDDEN, "refused.conflict.onlyOwn");
            }
            requireOpenForConflicts(meeting);
            requireItem(meeting, itemId);
            Participant member = requireParticipant(meeting, Objects.requireNonNullElse(who, ""));
            if (!member.votes() && member.role() != MemberRole.SUBSTITUTE) {
                throw new CommandRefusedException(Reason.INVALID, "refused.conflict.notMember", member.name());
            }
            if (meeting.voting().isConflicted(itemId, member.memberId())) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.conflict.already", member.name());
            }
            return new ConflictOfInterestDeclared(itemId, member.memberId());
        });
    }

    /** The secretariat lifts a conflict of interest recorded by mistake. */
    public Meeting liftConflict(String meetingId, String itemId, String memberId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            requireOpenForConflicts(meeting);
            requireItem(meeting, itemId);
            Participant member = requireParticipant(meeting, Objects.requireNonNullElse(memberId, ""));
            if (!meeting.voting().isConflicted(itemId, member.memberId())) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.conflict.none", member.name());
            }
            return new ConflictOfInterestLifted(itemId, member.memberId());
        });
    }

    /** Records (or records again, replacing) the vote on an item, counted from who takes part in it now. */
    public Meeting recordVote(String meetingId, String itemId, VoteInput input, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            requireStarted(meeting);
            if (meeting.minutesApproved()) {
                throw new CommandRefusedException(Reason.CONFLICT, "minutes.refused.locked");
            }
            requireItem(meeting, itemId);
            return new VoteRecorded(counted(meeting, itemId, input));
        });
    }

    private static RecordedVote counted(Meeting meeting, String itemId, VoteInput input) {
        List<Participant> takingPart = Participation.takingPart(meeting, itemId);
        if (takingPart.isEmpty()) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.vote.nobody");
        }
        if (input.unanimous()) {
            if (!input.groups().isEmpty() || !input.members().isEmpty()) {
                throw new CommandRefusedException(Reason.INVALID, "refused.vote.unanimousAndCounted");
            }
            return new RecordedVote(itemId, Kind.UNANIMOUS, takingPart.stream().map(Participant::memberId).toList(),
                    List.of(), List.of());
        }
        for (String group : input.groups().keySet()) {
            if (takingPart.stream().noneMatch(participant -> group.equals(participant.party()))) {
                throw new CommandRefusedException(Reason.INVALID, "refused.vote.noGroup", group);
            }
        }
        for (String memberId : input.members().keySet()) {
            Participant member = requireParticipant(meeting, memberId);
            if (!takingPart.contains(member)) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.vote.notTakingPart", member.name());
            }
        }
        Map<Choice, List<String>> votes = new EnumMap<>(Choice.class);
        for (Choice choice : Choice.values()) {
            votes.put(choice, new ArrayList<>());
        }
        for (Participant participant : takingPart) {
            Choice choice = input.members().containsKey(participant.memberId())
                    ? input.members().get(participant.memberId())
                    : participant.party() == null ? null : input.groups().get(participant.party());
            if (choice == null) {
                throw new CommandRefusedException(Reason.INVALID, "refused.vote.missing", participant.name());
            }
            votes.get(choice).add(participant.memberId());
        }
        return new RecordedVote(itemId, input.groups().isEmpty() ? Kind.BY_MEMBER : Kind.BY_GROUP,
                votes.get(Choice.FOR), votes.get(Choice.AGAINST), votes.get(Choice.ABSTAIN));
    }

    /** Published, not closed or cancelled: a conflict of interest is declared before the meeting or during it. */
    private static void requireOpenForConflicts(Meeting meeting) {
        requirePublished(meeting);
        requireNotClosed(meeting);
    }
}
