package dk.plenum.meeting;

/** Folds events into the {@link Meeting} projection; the only place that knows what each event means. */
public final class MeetingProjection {

    private MeetingProjection() {
    }

    /** The meeting after {@code event}; {@code before} is null for the first event of a meeting. */
    public static Meeting apply(Meeting before, MeetingEvent event) {
        if (before != null && event.seq() != before.lastSeq() + 1) {
            throw new IllegalStateException("Event " + event.seq() + " of meeting " + event.meetingId()
                    + " does not follow " + before.lastSeq());
        }
        return switch (event.change()) {
            case MeetingScheduled scheduled -> new Meeting(event.meetingId(), scheduled.councilId(),
                    scheduled.councilName(), scheduled.title(), scheduled.kind(), scheduled.startsAt(),
                    scheduled.endsAt(), scheduled.location(), MeetingStatus.SCHEDULED, scheduled.participants(),
                    scheduled.items(), event.seq());
        };
    }
}
