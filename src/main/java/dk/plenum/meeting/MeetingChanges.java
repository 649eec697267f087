package dk.plenum.meeting;

import java.util.List;

/** The changes a meeting goes through while it runs, each one event in the log. */
public final class MeetingChanges {

    private MeetingChanges() {
    }

    /** The secretariat started the meeting, or resumed it after an adjournment. */
    @StoredEvent(type = "MEETING_STARTED")
    public record MeetingStarted() implements MeetingChange {
    }

    /** The item now under discussion; any item, in any order. */
    @StoredEvent(type = "CURRENT_ITEM_SET")
    public record CurrentItemSet(String itemId) implements MeetingChange {
    }

    /** A decision recorded, or amended (a later one for the same item replaces it, the log keeps both). */
    @StoredEvent(type = "DECISION_RECORDED")
    public record DecisionRecorded(String itemId, Decision decision) implements MeetingChange {
    }

    /** A late item (tillægsdagsorden), added at the end of the agenda. */
    @StoredEvent(type = "ITEM_ADDED")
    public record ItemAdded(AgendaItem item) implements MeetingChange {
    }

    /** The agenda in a new order; display numbers follow the new order. */
    @StoredEvent(type = "ITEMS_REORDERED")
    public record ItemsReordered(List<String> itemIds) implements MeetingChange {

        public ItemsReordered {
            itemIds = List.copyOf(itemIds);
        }
    }

    /** Someone's attendance changed: a check-in, an apology, a departure, a return, a substitute. */
    @StoredEvent(type = "ATTENDANCE_MARKED")
    public record AttendanceMarked(String memberId, AttendanceStatus status, String substituteFor)
            implements MeetingChange {
    }

    @StoredEvent(type = "ROUND_TABLE_POSTED")
    public record RoundTablePosted(RoundTablePost post) implements MeetingChange {
    }

    @StoredEvent(type = "ROUND_TABLE_POST_EDITED")
    public record RoundTablePostEdited(String postId, String text) implements MeetingChange {
    }

    @StoredEvent(type = "ROUND_TABLE_POST_WITHDRAWN")
    public record RoundTablePostWithdrawn(String postId) implements MeetingChange {
    }

    /** The meeting paused; it can be started again. */
    @StoredEvent(type = "MEETING_ADJOURNED")
    public record MeetingAdjourned() implements MeetingChange {
    }

    /** The meeting is over; nothing more happens in it. */
    @StoredEvent(type = "MEETING_CLOSED")
    public record MeetingClosed() implements MeetingChange {
    }

    /** The secretariat approved the minutes of a closed meeting; from now on decisions change only by correction. */
    @StoredEvent(type = "MINUTES_APPROVED")
    public record MinutesApproved() implements MeetingChange {
    }
}
