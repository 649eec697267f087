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
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A small meeting to schedule in tests: one open item with a closed attachment, one participant. */
public final class TestMeetings {

    public static final String ITEM_ID = "i1";

    private TestMeetings() {
    }

    /** At a start time of its own each time: the log opens one meeting per council and start time. */
    public static MeetingScheduled scheduled() {
        Instant startsAt = ImportedMeetings.nextStartsAt();
        AgendaItem item = new AgendaItem(ITEM_ID, 1, "Velkomst", ItemKind.REGULAR, Visibility.OPEN, "Borgmesteren",
                List.of(new Section("Indstilling", "Velkomst")), List.of(new Attachment("a1", "Bilag", Visibility.CLOSED)), null,
                false);
        return new MeetingScheduled("c1", "Erhvervsrådet", "Møde", MeetingKind.ORDINARY,
                startsAt, startsAt.plus(Duration.ofMinutes(150)), "Rådhuset",
                List.of(Participant.summoned("p1", "Anna Aaen", MemberRole.CHAIR)), List.of(item));
    }
}
