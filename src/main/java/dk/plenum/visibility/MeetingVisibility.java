package dk.plenum.visibility;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.meeting.MeetingChanges.ItemAdded;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingScheduled;
import java.util.List;

/**
 * The one function that decides what an audience may see of a meeting and of each event in its log.
 * The public sees a closed item only as its number and title, plus the public decision text when
 * there is one: no sections, presenter, attachments, internal decision text, outcome, dissent or
 * corrections (whose reasons and earlier texts may quote the closed decision).
 * Members and the secretariat see everything.
 */
public final class MeetingVisibility {

    private MeetingVisibility() {
    }

    public static Meeting visibleTo(Audience audience, Meeting meeting) {
        if (audience != Audience.PUBLIC) {
            return meeting;
        }
        return meeting.withItems(meeting.items().stream().map(MeetingVisibility::publicItem).toList());
    }

    /**
     * The event as the audience may see it. {@code meeting} is the meeting's projection (any state at or
     * after the event): whether an item is closed never changes, so it tells how to redact a decision.
     * Every event is kept, only its content thinned, so sequence numbers stay gap-free for every audience.
     */
    public static MeetingEvent visibleTo(Audience audience, MeetingEvent event, Meeting meeting) {
        if (audience != Audience.PUBLIC) {
            return event;
        }
        MeetingChange change = switch (event.change()) {
            case MeetingScheduled scheduled -> new MeetingScheduled(scheduled.councilId(), scheduled.councilName(),
                    scheduled.title(), scheduled.kind(), scheduled.startsAt(), scheduled.endsAt(), scheduled.location(),
                    scheduled.participants(), scheduled.items().stream().map(MeetingVisibility::publicItem).toList());
            case ItemAdded added -> new ItemAdded(publicItem(added.item()));
            case DecisionRecorded recorded when isOpen(meeting, recorded.itemId()) -> recorded;
            case DecisionRecorded recorded ->
                    new DecisionRecorded(recorded.itemId(), publicDecision(recorded.decision()));
            default -> event.change();
        };
        return new MeetingEvent(event.meetingId(), event.seq(), event.at(), null, change);
    }

    private static boolean isOpen(Meeting meeting, String itemId) {
        return meeting.item(itemId).map(AgendaItem::isOpen).orElse(false);
    }

    private static AgendaItem publicItem(AgendaItem item) {
        if (item.isOpen()) {
            return item;
        }
        return new AgendaItem(item.id(), item.number(), item.title(), item.kind(), item.visibility(), null, List.of(),
                List.of(), publicDecision(item.decision()));
    }

    private static Decision publicDecision(Decision decision) {
        if (decision == null || decision.publicText() == null) {
            return null;
        }
        return new Decision(DecisionOutcome.OTHER, decision.publicText(), decision.publicText(), null,
                decision.absentMemberIds(), decision.recordedAt(), null, decision.revision(), List.of());
    }
}
