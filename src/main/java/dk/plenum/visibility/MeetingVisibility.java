package dk.plenum.visibility;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Visibility;
import java.util.List;

/**
 * The one function that decides what an audience may see of a meeting. The public sees a closed item
 * only as its number and title: no sections, presenter or attachments. Members and the secretariat
 * see everything.
 */
public final class MeetingVisibility {

    private MeetingVisibility() {
    }

    public static Meeting visibleTo(Audience audience, Meeting meeting) {
        if (audience != Audience.PUBLIC) {
            return meeting;
        }
        return new Meeting(meeting.id(), meeting.councilId(), meeting.councilName(), meeting.title(), meeting.kind(),
                meeting.startsAt(), meeting.endsAt(), meeting.location(), meeting.status(), meeting.participants(),
                meeting.items().stream().map(MeetingVisibility::publicItem).toList(), meeting.lastSeq());
    }

    private static AgendaItem publicItem(AgendaItem item) {
        if (item.visibility() == Visibility.OPEN) {
            return item;
        }
        return new AgendaItem(item.id(), item.number(), item.title(), item.kind(), item.visibility(), null, List.of(),
                List.of());
    }
}
