package dk.plenum.speakers;

import static dk.plenum.meeting.MeetingRules.requireItem;
import static dk.plenum.meeting.MeetingRules.requireLive;
import static dk.plenum.meeting.MeetingRules.requireParticipant;

import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.SpeakerChanges.FloorEnded;
import dk.plenum.meeting.SpeakerChanges.FloorGiven;
import dk.plenum.meeting.SpeakerChanges.ItemSpeakingTimeSet;
import dk.plenum.meeting.SpeakerChanges.MeetingSpeakingTimeSet;
import dk.plenum.meeting.SpeakerChanges.SpeakerListClosed;
import dk.plenum.meeting.SpeakerChanges.SpeakerListReopened;
import dk.plenum.meeting.SpeakerChanges.SpeakerRequested;
import dk.plenum.meeting.SpeakerChanges.SpeakerWithdrawn;
import dk.plenum.meeting.SpeakerChanges.SpeakersReordered;
import dk.plenum.meeting.SpeakerList;
import dk.plenum.security.Actor;
import dk.plenum.security.NotAllowedException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The speaker list (talerliste) of each item of a running meeting. A member present and seated asks for the floor
 * on the item under discussion from the tablet, or withdraws; whoever leads the meeting ({@link Actor#leads}: the
 * secretariat at its desk, or the chair, present, from the tablet) adds a participant without a tablet, gives and
 * ends the floor, reorders, takes a speaker off, closes and reopens the list, and sets the speaking time. Every refusal
 * appends nothing.
 */
@Service
public class SpeakerService {

    /** A speaking time under this is a slip of the finger; over it, no limit at all is what is meant. */
    public static final int MIN_SECONDS = 10;
    public static final int MAX_SECONDS = 3_600;

    private final MeetingJournal journal;

    SpeakerService(MeetingJournal journal) {
        this.journal = journal;
    }

    /** The logged-in member asks to speak on the current item; {@code reply}: right after the current speaker. */
    public Meeting request(String meetingId, String itemId, boolean reply, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            Participant member = actor.requireParticipant(meeting);
            SpeakerList list = requireCurrentItemList(meeting, itemId);
            if (list.closed()) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.speakers.listClosed");
            }
            return queued(meeting, list, member, reply);
        });
    }

    /** The leader puts a participant on the list, such as one without a tablet; also on a closed list. */
    public Meeting add(String meetingId, String itemId, String memberId, boolean reply, Actor actor) {
        return leading(meetingId, actor, meeting -> {
            SpeakerList list = requireCurrentItemList(meeting, itemId);
            return queued(meeting, list, requireParticipant(meeting, memberId), reply);
        });
    }

    /** A member takes back their own request; the leader takes anyone's off the list. */
    public Meeting withdraw(String meetingId, String itemId, String memberId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            if (!actor.leads(meeting) && !actor.requireParticipant(meeting).memberId().equals(memberId)) {
                throw new CommandRefusedException(Reason.FORBIDDEN, "refused.speakers.notYours");
            }
            SpeakerList list = requireListOf(meeting, itemId);
            requireQueued(meeting, list, memberId);
            return new SpeakerWithdrawn(itemId, memberId);
        });
    }

    /** Gives the floor to a waiting speaker, or with {@code memberId} null to the first one waiting. */
    public Meeting giveFloor(String meetingId, String itemId, String memberId, Actor actor) {
        return leading(meetingId, actor, meeting -> {
            SpeakerList list = requireCurrentItemList(meeting, itemId);
            if (memberId == null) {
                if (list.queue().isEmpty()) {
                    throw new CommandRefusedException(Reason.CONFLICT, "refused.speakers.nobodyWaiting");
                }
                return new FloorGiven(itemId, list.queue().getFirst().memberId());
            }
            requireQueued(meeting, list, memberId);
            return new FloorGiven(itemId, memberId);
        });
    }

    public Meeting endFloor(String meetingId, String itemId, Actor actor) {
        return leading(meetingId, actor, meeting -> {
            if (requireListOf(meeting, itemId).floor() == null) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.speakers.noFloor");
            }
            return new FloorEnded(itemId);
        });
    }

    /**
     * Puts the waiting speakers in {@code memberIds}' order. Decided on the list as it is when the command runs: a
     * speaker named who no longer waits (given the floor or withdrawn by another secretary meanwhile) is left out,
     * and one who asked meanwhile keeps their turn after the others, so two secretaries at once lose nothing.
     */
    public Meeting reorder(String meetingId, String itemId, List<String> memberIds, Actor actor) {
        if (memberIds == null || memberIds.stream().anyMatch(Objects::isNull)
                || new HashSet<>(memberIds).size() != memberIds.size()) {
            throw new CommandRefusedException(Reason.INVALID, "refused.speakers.badOrder");
        }
        return leading(meetingId, actor, meeting -> {
            SpeakerList list = requireListOf(meeting, itemId);
            List<String> waiting = list.queue().stream().map(SpeakerList.Request::memberId).toList();
            List<String> order = new ArrayList<>(memberIds.stream().filter(waiting::contains).toList());
            waiting.stream().filter(memberId -> !order.contains(memberId)).forEach(order::add);
            return new SpeakersReordered(itemId, order);
        });
    }

    /** No more requests from the tablets; the leader can still add a speaker, and reopen the list. */
    public Meeting close(String meetingId, String itemId, Actor actor) {
        return leading(meetingId, actor, meeting -> {
            if (requireListOf(meeting, itemId).closed()) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.speakers.alreadyClosed");
            }
            return new SpeakerListClosed(itemId);
        });
    }

    public Meeting reopen(String meetingId, String itemId, Actor actor) {
        return leading(meetingId, actor, meeting -> {
            if (!requireListOf(meeting, itemId).closed()) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.speakers.notClosed");
            }
            return new SpeakerListReopened(itemId);
        });
    }

    /** The item's own speaking time, for the speakers given the floor from now on; null: the meeting's. */
    public Meeting setItemSpeakingTime(String meetingId, String itemId, Integer seconds, Actor actor) {
        requireSensible(seconds);
        return leading(meetingId, actor, meeting -> {
            requireListOf(meeting, itemId);
            return new ItemSpeakingTimeSet(itemId, seconds);
        });
    }

    /** The speaking time of every item without its own; null: none. */
    public Meeting setMeetingSpeakingTime(String meetingId, Integer seconds, Actor actor) {
        requireSensible(seconds);
        return leading(meetingId, actor, meeting -> new MeetingSpeakingTimeSet(seconds));
    }

    /**
     * A command of the meeting's leader on a running meeting. A member who is not its chair present is told who
     * may; a secretary of another council, that it is another council's meeting.
     */
    private Meeting leading(String meetingId, Actor actor, Function<Meeting, MeetingChange> decide) {
        return journal.append(meetingId, actor.username(), meeting -> {
            if (!actor.leads(meeting)) {
                throw new NotAllowedException(actor.runsMeetings() ? "refused.otherCouncil"
                        : "refused.speakers.notLeading");
            }
            requireLive(meeting);
            return decide.apply(meeting);
        });
    }

    private static SpeakerRequested queued(Meeting meeting, SpeakerList list, Participant speaker, boolean reply) {
        requireTakesPart(meeting, speaker, list.itemId());
        if (list.hasFloor(speaker.memberId())) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.speakers.hasFloor", speaker.name());
        }
        if (list.isQueued(speaker.memberId())) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.speakers.alreadyQueued", speaker.name());
        }
        if (reply && list.floor() == null) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.speakers.replyWithoutSpeaker");
        }
        return new SpeakerRequested(list.itemId(), speaker.memberId(), reply);
    }

    /**
     * The list is for those taking part in the item ({@link Participation#takesPart}). A member inhabil on it may not
     * ask for the floor, nor be added: in Danish practice they leave the room while it is treated, and what they said
     * could sway a decision they must take no part in.
     */
    private static void requireTakesPart(Meeting meeting, Participant speaker, String itemId) {
        if (Participation.takesPart(meeting, speaker, itemId)) {
            return;
        }
        if (Participation.seated(meeting, speaker)) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.speakers.inhabil", speaker.name(),
                    requireItem(meeting, itemId).number());
        }
        throw new CommandRefusedException(Reason.CONFLICT, "refused.speakers.notPresent", speaker.name());
    }

    private static SpeakerList requireCurrentItemList(Meeting meeting, String itemId) {
        SpeakerList list = requireListOf(meeting, itemId);
        if (!itemId.equals(meeting.currentItemId())) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.speakers.notCurrentItem");
        }
        return list;
    }

    private static SpeakerList requireListOf(Meeting meeting, String itemId) {
        requireLive(meeting);
        requireItem(meeting, itemId);
        return meeting.speakers().of(itemId);
    }

    private static void requireQueued(Meeting meeting, SpeakerList list, String memberId) {
        if (!list.isQueued(memberId)) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.speakers.notQueued",
                    requireParticipant(meeting, memberId).name());
        }
    }

    private static void requireSensible(Integer seconds) {
        if (seconds != null && (seconds < MIN_SECONDS || seconds > MAX_SECONDS)) {
            throw new CommandRefusedException(Reason.INVALID, "refused.speakers.badTime", MIN_SECONDS, MAX_SECONDS);
        }
    }
}
