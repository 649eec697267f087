package dk.plenum.visibility;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import java.util.List;

/**
 * The one function that decides what an audience may see of a meeting. The public sees a closed item
 * only as its number and title, plus the public decision text when there is one: no sections,
 * presenter, attachments, internal decision text or dissent. Members and the secretariat see everything.
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
                decision.absentMemberIds(), decision.recordedAt(), null, decision.revision());
    }
}
