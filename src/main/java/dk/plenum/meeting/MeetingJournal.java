package dk.plenum.meeting;

import dk.plenum.meeting.internal.MeetingEventStore;
import dk.plenum.meeting.internal.MeetingProjectionStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The single way a meeting changes: an event is appended to the meeting's log with the next sequence
 * number, then the projection is moved forward, then the event is published to this instance's
 * listeners. The log is the source of truth; the projection can always be rebuilt from it.
 */
@Service
public class MeetingJournal {

    private final MeetingEventStore events;
    private final MeetingProjectionStore projections;
    private final ApplicationEventPublisher publisher;

    MeetingJournal(MeetingEventStore events, MeetingProjectionStore projections,
            ApplicationEventPublisher publisher) {
        this.events = events;
        this.projections = projections;
        this.publisher = publisher;
    }

    /** Opens the log of a new meeting with its first event. */
    public Meeting schedule(MeetingScheduled scheduled, String actor) {
        String meetingId = UUID.randomUUID().toString();
        MeetingEvent first = new MeetingEvent(meetingId, 1, Instant.now(), actor, scheduled);
        events.append(first);
        Meeting meeting = MeetingProjection.apply(null, first);
        projections.save(meeting);
        publisher.publishEvent(first);
        return meeting;
    }

    /**
     * The meeting with every event in its log applied. A projection that lags its log (the process
     * died between the two writes) is caught up and saved here.
     */
    public Optional<Meeting> find(String meetingId) {
        Meeting stored = projections.find(meetingId).orElse(null);
        List<MeetingEvent> missed = events.after(meetingId, stored == null ? 0 : stored.lastSeq());
        if (missed.isEmpty()) {
            return Optional.ofNullable(stored);
        }
        Meeting current = stored;
        for (MeetingEvent event : missed) {
            current = MeetingProjection.apply(current, event);
        }
        projections.save(current);
        return Optional.of(current);
    }

    public Meeting get(String meetingId) {
        return find(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
    }

    /** All meetings, the latest start first. */
    public List<Meeting> findAll() {
        return projections.findAll();
    }

    public boolean exists(String councilId, Instant startsAt) {
        return projections.exists(councilId, startsAt);
    }

    /** The meeting's events with a sequence number above {@code seq}, in order. */
    public List<MeetingEvent> eventsAfter(String meetingId, long seq) {
        return events.after(meetingId, seq);
    }
}
