package dk.plenum.timeplan;

import static dk.plenum.meeting.MeetingRules.requireItem;
import static dk.plenum.meeting.MeetingRules.requireNotClosed;

import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.ItemTimePlanned;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.security.Actor;
import org.springframework.stereotype.Service;

/** The secretariat plans how long an item takes, before the meeting or while it runs, until it is closed. */
@Service
public class TimePlanService {

    /** A whole council meeting rarely runs past eight hours; one item never does. */
    public static final int MAX_MINUTES = 480;

    private final MeetingJournal journal;

    TimePlanService(MeetingJournal journal) {
        this.journal = journal;
    }

    /** Gives the item {@code minutes} in the time plan; null takes it out of the plan. */
    public Meeting plan(String meetingId, String itemId, Integer minutes, Actor actor) {
        if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
            throw new CommandRefusedException(Reason.INVALID, "refused.timePlan.minutes", MAX_MINUTES);
        }
        return journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            requireNotClosed(meeting);
            requireItem(meeting, itemId);
            return new ItemTimePlanned(itemId, minutes);
        });
    }
}
