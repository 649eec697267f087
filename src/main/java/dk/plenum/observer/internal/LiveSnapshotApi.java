package dk.plenum.observer.internal;

import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingNotFoundException;
import dk.plenum.observer.ObserverTopics;
import dk.plenum.security.CurrentActor;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a live client starts: the meeting as the caller may see it, the last event it includes, and the
 * topic to subscribe to. The client then drops every streamed event with a seq at or below {@code seq}.
 */
@RestController
class LiveSnapshotApi {

    private final MeetingJournal journal;
    private final CurrentActor actor;

    LiveSnapshotApi(MeetingJournal journal, CurrentActor actor) {
        this.journal = journal;
        this.actor = actor;
    }

    /** {@code seq} first, so that a client without a JSON parser finds it at the start. */
    record LiveSnapshot(long seq, String topic, Meeting meeting) {
    }

    @GetMapping(path = "/api/meetings/{meetingId}/live", produces = MediaType.APPLICATION_JSON_VALUE)
    LiveSnapshot snapshot(@PathVariable String meetingId) {
        Meeting meeting = journal.get(meetingId);
        Audience audience = actor.audienceFor(meeting);
        if (!MeetingVisibility.isVisibleTo(audience, meeting)) {
            throw new MeetingNotFoundException(meetingId);
        }
        String topic = audience == Audience.PUBLIC ? ObserverTopics.publicOf(meetingId) : ObserverTopics.fullOf(meetingId);
        return new LiveSnapshot(meeting.lastSeq(), topic, actor.visible(meeting));
    }
}
