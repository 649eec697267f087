package dk.plenum.attendance;

import dk.plenum.live.EveryMeetingFeed;
import dk.plenum.live.LiveMeetings;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.CurrentItemSet;
import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.meeting.MeetingChanges.MeetingCancelled;
import dk.plenum.meeting.MeetingChanges.MeetingClosed;
import dk.plenum.meeting.MeetingChanges.MeetingStarted;
import dk.plenum.meeting.MeetingChanges.PlannedDepartureSet;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.PlannedDeparture;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Records a planned departure when it falls due ({@link AttendanceService#recordDueDepartures}): when its meeting moves
 * on (an item made current or decided, the meeting started) and when its time comes, for which a timer is set as it
 * is said (and at start-up for those said before). Off the command thread: on the feed's and its own; a meeting in
 * which no one said they leave early costs no look. Every instance does it; the journal lets only one of them record
 * each departure.
 */
@Component
class DueDepartures implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DueDepartures.class);

    private final AttendanceService attendance;
    private final MeetingJournal journal;
    private final LiveMeetings live;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .daemon().name("plenum-due-departures").factory());
    /** The meetings not over in which someone said they leave early: only their moves are worth a look. */
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private EveryMeetingFeed feed;

    DueDepartures(AttendanceService attendance, MeetingJournal journal, LiveMeetings live) {
        this.attendance = attendance;
        this.journal = journal;
        this.live = live;
    }

    @Override
    public void afterSingletonsInstantiated() {
        feed = live.followEveryMeeting(this::meetingChanged);
        // Departures said before a restart: those due now, and a timer for each still to come.
        journal.findNotOver().forEach(meeting ->
                meeting.participants().stream().map(Participant::plannedDeparture).filter(Objects::nonNull)
                        .forEach(departure -> watch(meeting.id(), departure)));
    }

    @PreDestroy
    void stop() {
        if (feed != null) {
            feed.close();
        }
        timer.shutdownNow();
    }

    private void meetingChanged(MeetingEvent event) {
        MeetingChange change = event.change();
        if (change instanceof PlannedDepartureSet planned && planned.departure() != null) {
            watch(event.meetingId(), planned.departure());
        } else if (change instanceof MeetingClosed || change instanceof MeetingCancelled) {
            watched.remove(event.meetingId());
        } else if ((change instanceof CurrentItemSet || change instanceof DecisionRecorded
                || change instanceof MeetingStarted) && watched.contains(event.meetingId())) {
            recordAt(event.meetingId(), Instant.now());
        }
    }

    /** A meeting with a departure said: checked as it moves on, and at the departure's time (now, after an item). */
    private void watch(String meetingId, PlannedDeparture departure) {
        watched.add(meetingId);
        recordAt(meetingId, departure.at() == null ? Instant.now() : departure.at());
    }

    private void recordAt(String meetingId, Instant at) {
        // A millisecond late rather than early: a timer may fire within the millisecond before.
        long delay = Math.max(0, Duration.between(Instant.now(), at).toMillis() + 1);
        timer.schedule(() -> record(meetingId), delay, TimeUnit.MILLISECONDS);
    }

    private void record(String meetingId) {
        try {
            attendance.recordDueDepartures(meetingId, Instant.now());
        } catch (RuntimeException failed) {
            log.warn("Due departures of meeting {} not recorded; the meeting's next move tries again", meetingId,
                    failed);
        }
    }
}
