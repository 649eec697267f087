package dk.plenum.voting;

import static dk.plenum.meeting.MeetingRules.requireItem;
import static dk.plenum.meeting.MeetingRules.requireNotClosed;
import static dk.plenum.meeting.MeetingRules.requireStarted;

import dk.plenum.meeting.Ballot;
import dk.plenum.meeting.BallotChanges.BallotCancelled;
import dk.plenum.meeting.BallotChanges.BallotCast;
import dk.plenum.meeting.BallotChanges.BallotClosed;
import dk.plenum.meeting.BallotChanges.BallotOpened;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingNotFoundException;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.RecordedVote;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.meeting.RecordedVote.Kind;
import dk.plenum.security.Actor;
import dk.plenum.security.NotAllowedException;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import dk.plenum.voting.internal.BallotBox;
import dk.plenum.voting.internal.BallotBox.Counts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The electronic vote from the tablets: the secretariat opens it on an item (named, or a secret ballot), each member
 * taking part in the item casts one ballot while it is open, and the secretariat closes it, which records the result
 * as the item's vote. A named vote's choices travel in the events; a secret ballot's choice only ever reaches the
 * {@link BallotBox}'s counts, never a document that says who voted (decision 0012).
 */
@Service
public class BallotService {

    /** One member's choice in a named vote that is open, for the secretariat. */
    public record CastBallot(String memberId, String name, Choice choice) {
    }

    private static final Logger log = LoggerFactory.getLogger(BallotService.class);
    /** How long a close waits for ballots recorded but not yet in the box (a cast between its two writes). */
    private static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(1);

    private final MeetingJournal journal;
    private final BallotBox box;

    BallotService(MeetingJournal journal, BallotBox box) {
        this.journal = journal;
        this.box = box;
    }

    /** The secretariat opens an electronic vote on the item; only one is open in a meeting at a time. */
    public Meeting open(String meetingId, String itemId, boolean secret, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            requireStarted(meeting);
            requireNotClosed(meeting);
            requireItem(meeting, itemId);
            Ballot open = meeting.voting().ballot();
            if (open != null) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.ballot.anotherOpen",
                        meeting.item(open.itemId()).map(item -> item.number()).orElse(0));
            }
            if (Participation.takingPart(meeting, itemId).isEmpty()) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.vote.nobody");
            }
            return new BallotOpened(itemId, secret);
        });
    }

    /**
     * The logged-in member casts their own ballot: once, while the vote on the item is open, and only while they take
     * part in the item (present, seated, not inhabil). In a secret ballot the event records only that they voted; the
     * choice is then counted in the box.
     */
    public Meeting cast(String meetingId, String itemId, Choice choice, Actor actor) {
        if (choice == null) {
            throw new CommandRefusedException(Reason.INVALID, "refused.ballot.noChoice");
        }
        Optional<Meeting> retried = journal.retriedCommand();
        if (retried.isPresent()) {
            return retried.get(); // stored (and counted, unless the process died in between) by the first attempt
        }
        Meeting after = journal.append(meetingId, actor.username(), meeting -> {
            Participant member = actor.requireParticipant(meeting);
            Ballot ballot = requireOpenBallot(meeting, itemId);
            if (ballot.hasVoted(member.memberId())) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.ballot.alreadyVoted");
            }
            if (!Participation.takesPart(meeting, member, itemId)) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.ballot.notTakingPart");
            }
            return new BallotCast(itemId, member.memberId(), ballot.secret() ? null : choice);
        });
        Ballot ballot = after.voting().ballot();
        if (ballot.secret()) {
            box.put(ballotId(after, ballot), choice);
        }
        return after;
    }

    /**
     * The secretariat closes the vote: its result becomes the item's vote, replacing any earlier one. Who takes part
     * in the item now and did not vote is counted as not voting. A secret ballot's counts come from its box; ballots
     * recorded but missing from the box (the process died between the two writes) are reported as not counted.
     */
    public Meeting close(String meetingId, String itemId, Actor actor) {
        AtomicReference<Ballot> closing = new AtomicReference<>();
        Meeting after = journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            Ballot ballot = requireOpenBallot(meeting, itemId);
            closing.set(ballot);
            return new BallotClosed(result(meeting, ballot));
        });
        Ballot closed = closing.get();
        if (closed != null && closed.secret()) {
            box.remove(ballotId(after, closed));
        }
        return after;
    }

    /**
     * The secretariat cancels the vote open on the item, one opened by mistake: no result is recorded (the item keeps
     * any vote it had), the ballots cast are discarded with it (a secret ballot's box emptied away), and nothing of it
     * goes into the minutes. Every channel sees that it ended, by the event.
     */
    public Meeting cancel(String meetingId, String itemId, Actor actor) {
        AtomicReference<Ballot> cancelling = new AtomicReference<>();
        Meeting after = journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            cancelling.set(requireOpenBallot(meeting, itemId));
            return new BallotCancelled(itemId);
        });
        Ballot cancelled = cancelling.get();
        if (cancelled != null && cancelled.secret()) {
            box.remove(ballotId(after, cancelled));
        }
        return after;
    }

    /**
     * Who voted what so far in the named vote open on the item, for the secretariat; a secret ballot's are nobody's.
     */
    public List<CastBallot> castBallots(String meetingId, String itemId, Optional<Actor> actor) {
        Meeting meeting = journal.get(meetingId);
        Audience audience = actor.map(who -> who.audienceFor(meeting)).orElse(Audience.PUBLIC);
        if (!MeetingVisibility.isVisibleTo(audience, meeting)) {
            throw new MeetingNotFoundException(meetingId);
        }
        // Asked of what the asker may see: the public learns nothing of a vote on a closed item.
        Ballot ballot = requireOpenBallot(MeetingVisibility.visibleTo(audience, meeting), itemId);
        if (ballot.secret()) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.ballot.secret");
        }
        actor.orElseThrow(() -> new NotAllowedException("refused.loginNeeded")).requireSecretariatOf(meeting.councilId());
        return ballot.casts().stream().map(cast -> new CastBallot(cast.memberId(),
                meeting.nameOf(cast.memberId()), cast.choice()))
                .toList();
    }

    private RecordedVote result(Meeting meeting, Ballot ballot) {
        List<String> voters = ballot.casts().stream().map(Ballot.Cast::memberId).toList();
        int notVoting = (int) Participation.takingPart(meeting, ballot.itemId()).stream()
                .filter(participant -> !voters.contains(participant.memberId())).count();
        if (!ballot.secret()) {
            List<String> inFavour = votersOf(ballot, Choice.FOR);
            List<String> against = votersOf(ballot, Choice.AGAINST);
            List<String> abstaining = votersOf(ballot, Choice.ABSTAIN);
            return new RecordedVote(ballot.itemId(), Kind.ELECTRONIC, inFavour, against, abstaining,
                    new RecordedVote.Count(inFavour.size(), against.size(), abstaining.size(), notVoting, 0));
        }
        Counts counts = countedBallots(ballotId(meeting, ballot), voters.size());
        int notCounted = Math.max(0, voters.size() - counts.total());
        if (counts.total() > voters.size()) {
            log.warn("Ballot box {} of meeting {} holds {} ballots for {} voters", ballot.openedSeq(), meeting.id(),
                    counts.total(), voters.size());
        }
        return new RecordedVote(ballot.itemId(), Kind.SECRET, List.of(), List.of(), List.of(),
                new RecordedVote.Count(counts.inFavour(), counts.against(), counts.abstaining(), notVoting, notCounted));
    }

    /**
     * The box's counts, once it holds every ballot recorded or {@link #IN_FLIGHT_WAIT} has passed: a ballot is
     * recorded in the log a moment before it is counted in the box.
     */
    private Counts countedBallots(String ballotId, int recorded) {
        long deadline = System.nanoTime() + IN_FLIGHT_WAIT.toNanos();
        Counts counts = box.counts(ballotId);
        while (counts.total() < recorded && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            counts = box.counts(ballotId);
        }
        return counts;
    }

    private static List<String> votersOf(Ballot ballot, Choice choice) {
        return ballot.casts().stream().filter(cast -> cast.choice() == choice).map(Ballot.Cast::memberId).toList();
    }

    private static Ballot requireOpenBallot(Meeting meeting, String itemId) {
        requireItem(meeting, itemId);
        return meeting.voting().ballotOn(itemId)
                .orElseThrow(() -> new CommandRefusedException(Reason.CONFLICT, "refused.ballot.notOpen"));
    }

    private static String ballotId(Meeting meeting, Ballot ballot) {
        return ballotIdOf(meeting.id(), ballot.openedSeq());
    }

    private static String ballotIdOf(String meetingId, long openedSeq) {
        return meetingId + ":" + openedSeq;
    }
}
