package dk.plenum.meeting;

import java.util.Locale;

/**
 * What an event says happened to a meeting. Each kind of change is a record; {@link MeetingProjection}
 * knows how each one moves the projection forward.
 */
public sealed interface MeetingChange permits MeetingScheduled, MeetingChanges.MeetingStarted,
        MeetingChanges.CurrentItemSet, MeetingChanges.DecisionRecorded, MeetingChanges.ItemAdded,
        MeetingChanges.ItemsReordered, MeetingChanges.AttendanceMarked, MeetingChanges.RoundTablePosted,
        MeetingChanges.RoundTablePostEdited, MeetingChanges.RoundTablePostWithdrawn, MeetingChanges.MeetingAdjourned,
        MeetingChanges.MeetingClosed, MeetingChanges.MinutesApproved {

    /** The stable name stored with the event and shown to API clients, e.g. {@code MEETING_SCHEDULED}. */
    default String type() {
        return typeOf(getClass());
    }

    static String typeOf(Class<? extends MeetingChange> changeClass) {
        return changeClass.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
