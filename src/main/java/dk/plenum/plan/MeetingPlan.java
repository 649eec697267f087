package dk.plenum.plan;

import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.plan.internal.MeetingCalendar;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * A council's coming meetings: those published and not closed that have not ended yet, soonest first; a
 * cancelled one stays, shown as cancelled. The plan and its feed are public: no draft is in them.
 */
@Service
public class MeetingPlan {

    private final CouncilService councils;
    private final MeetingJournal journal;

    MeetingPlan(CouncilService councils, MeetingJournal journal) {
        this.councils = councils;
        this.journal = journal;
    }

    public Council council(String councilId) {
        return councils.find(councilId)
                .orElseThrow(() -> new CommandRefusedException(Reason.NOT_FOUND, "plan.refused.noCouncil", councilId));
    }

    public List<Meeting> coming(String councilId, Instant now) {
        council(councilId);
        return journal.findAll().stream()
                .filter(meeting -> meeting.councilId().equals(councilId))
                .filter(meeting -> MeetingVisibility.isVisibleTo(Audience.PUBLIC, meeting))
                .filter(meeting -> meeting.status() != MeetingStatus.CLOSED)
                .filter(meeting -> Objects.requireNonNullElse(meeting.endsAt(), meeting.startsAt()).isAfter(now))
                .sorted(Comparator.comparing(Meeting::startsAt))
                .toList();
    }

    /** The coming meetings as an iCalendar document. */
    public String calendar(String councilId, Instant now) {
        Council council = council(councilId);
        return MeetingCalendar.write(council.name(), coming(councilId, now), this::lastChange);
    }

    /** When the meeting last changed: the time of the last event in its log. */
    private Instant lastChange(Meeting meeting) {
        List<MeetingEvent> last = journal.eventsAfter(meeting.id(), meeting.lastSeq() - 1);
        return last.isEmpty() ? meeting.startsAt() : last.getLast().at();
    }
}
