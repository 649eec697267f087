package dk.plenum.meeting;

import java.time.Instant;
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

    /**
     * Someone's attendance changed: a check-in, an apology, a departure, a return, a substitute; back to expected
     * when an apology is taken back. {@code reason}: an apology's reason, when one was given (absent in events
     * stored before reasons existed).
     */
    @StoredEvent(type = "ATTENDANCE_MARKED")
    public record AttendanceMarked(String memberId, AttendanceStatus status, String substituteFor, String reason)
            implements MeetingChange {

        public AttendanceMarked(String memberId, AttendanceStatus status, String substituteFor) {
            this(memberId, status, substituteFor, null);
        }
    }

    /** A present member said when they will leave early; {@code departure} null: they stay after all. */
    @StoredEvent(type = "PLANNED_DEPARTURE_SET")
    public record PlannedDepartureSet(String memberId, PlannedDeparture departure) implements MeetingChange {
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

    /** The secretariat sent out (udsendt) a draft: from now on members, and the public its open part, see it. */
    @StoredEvent(type = "MEETING_PUBLISHED")
    public record MeetingPublished() implements MeetingChange {
    }

    /** The meeting's title, kind or place changed. */
    @StoredEvent(type = "MEETING_DETAILS_EDITED")
    public record MeetingDetailsEdited(String title, MeetingKind kind, String location) implements MeetingChange {
    }

    /** The meeting moved to another time. */
    @StoredEvent(type = "MEETING_MOVED")
    public record MeetingMoved(Instant startsAt, Instant endsAt) implements MeetingChange {
    }

    /** The meeting is cancelled (aflyst): it stays in lists, the plan and the calendar feed, shown as cancelled. */
    @StoredEvent(type = "MEETING_CANCELLED")
    public record MeetingCancelled() implements MeetingChange {
    }

    /**
     * An item's new text and settings; its number, attachments and decision stay. What changed is worked out
     * by the projection, against the item as it was.
     */
    @StoredEvent(type = "ITEM_EDITED")
    public record ItemEdited(String itemId, String title, ItemKind kind, Visibility visibility, boolean titleHidden,
            String presenter, List<Section> sections) implements MeetingChange {

        public ItemEdited {
            sections = List.copyOf(sections);
        }
    }

    /** The item udgår: kept in its place with its number, shown as withdrawn. */
    @StoredEvent(type = "ITEM_WITHDRAWN")
    public record ItemWithdrawn(String itemId) implements MeetingChange {
    }
}
