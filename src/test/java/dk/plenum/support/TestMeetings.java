package dk.plenum.support;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import java.time.Instant;
import java.util.List;

/** A small meeting to schedule in tests: one open item with a closed attachment, one participant. */
public final class TestMeetings {

    public static final String ITEM_ID = "i1";

    private TestMeetings() {
    }

    public static MeetingScheduled scheduled() {
        AgendaItem item = new AgendaItem(ITEM_ID, 1, "Velkomst", ItemKind.REGULAR, Visibility.OPEN, "Borgmesteren",
                List.of(new Section("Indstilling", "Velkomst")), List.of(new Attachment("a1", "Bilag", Visibility.CLOSED)), null,
                false);
        return new MeetingScheduled("c1", "Erhvervsrådet", "Møde", MeetingKind.ORDINARY,
                Instant.parse("2031-02-27T09:30:00Z"), Instant.parse("2031-02-27T12:00:00Z"), "Rådhuset",
                List.of(Participant.summoned("p1", "Anna Aaen", MemberRole.CHAIR)), List.of(item));
    }
}
