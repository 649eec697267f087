package dk.plenum.timeplan;

import static dk.plenum.meeting.MeetingRules.requireItem;
import static dk.plenum.meeting.MeetingRules.requireNotClosed;

import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.ItemTimePlanned;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.security.Actor;
import java.time.InstantSource;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The secretariat plans how long an item takes, before the meeting or while it runs, until it is closed; and the time
 * plan as of now.
 */
@Service
public class TimePlanService {

    /** A whole council meeting rarely runs past eight hours; one item never does. */
    public static final int MAX_MINUTES = 480;

    private final MeetingJournal journal;
    /** The system's time, unless a test supplies its own (as the security feature's clock). */
    private final InstantSource time;

    TimePlanService(MeetingJournal journal, ObjectProvider<InstantSource> time) {
        this.journal = journal;
        this.time = time.getIfUnique(InstantSource::system);
    }

    /**
     * The meeting's time plan as of now, the current item's overrun included: what the control desk and the public
     * page show, recomputed as time passes (see {@link TimePlan#of(Meeting, java.time.Instant)}).
     */
    public Optional<TimePlan> planOf(Meeting meeting) {
        return TimePlan.of(meeting, time.instant());
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
