package dk.plenum.agenda.internal;

import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import java.time.Instant;
import java.util.List;

/** A meeting import document after validation (the format is in docs/import-format.md). */
public record MeetingImport(
        String council,
        String title,
        MeetingKind kind,
        Instant startsAt,
        Instant endsAt,
        String location,
        List<Member> members,
        List<Item> items) {

    public record Member(String name, MemberRole role) {
    }

    public record Item(int number, String title, ItemKind kind, Visibility visibility, String presenter,
            List<Section> sections, List<AttachmentRef> attachments, boolean hideTitle,
            Integer plannedMinutes) {
    }

    public record AttachmentRef(String name, Visibility visibility) {
    }
}
