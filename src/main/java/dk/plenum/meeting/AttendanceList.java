package dk.plenum.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who attends a meeting as the members' page and the public's page list it: grouped by attendance in one order, each
 * person with a note of their role or of whom they stand in for. A substitute nobody has called in is a reserve, not
 * someone the meeting waits for, so is in no group.
 */
public final class AttendanceList {

    private static final List<AttendanceStatus> ORDER = List.of(AttendanceStatus.PRESENT, AttendanceStatus.APOLOGY,
            AttendanceStatus.ABSENT, AttendanceStatus.LEFT, AttendanceStatus.EXPECTED);

    private AttendanceList() {
    }

    /** Each attendance someone has, in the list's order, with the people who have it. */
    public static Map<AttendanceStatus, List<Participant>> groups(Meeting meeting) {
        Map<AttendanceStatus, List<Participant>> groups = new LinkedHashMap<>();
        for (AttendanceStatus status : ORDER) {
            List<Participant> people = meeting.participants().stream()
                    .filter(person -> person.attendance() == status)
                    .filter(person -> !(person.role() == MemberRole.SUBSTITUTE && status == AttendanceStatus.EXPECTED))
                    .toList();
            if (!people.isEmpty()) {
                groups.put(status, people);
            }
        }
        return groups;
    }

    /**
     * What the person said of their attendance, as far as this copy of the meeting shows it: why they sent an
     * apology ("Grund: syg"), or when they leave ("går kl. 17.30", "går efter punkt 5"); null when nothing.
     */
    public static String said(Meeting meeting, Participant person, Locale language) {
        if (person.apologyReason() != null) {
            return Translations.text("live.attendance.reason", language, person.apologyReason());
        }
        PlannedDeparture departure = person.plannedDeparture();
        if (departure == null) {
            return null;
        }
        if (departure.at() != null) {
            return Translations.text("live.attendance.leavesAt", language,
                    MeetingTimes.timeRange(departure.at(), null, language));
        }
        return Translations.text("live.attendance.leavesAfter", language,
                meeting.item(departure.afterItemId()).map(AgendaItem::number).map(String::valueOf).orElse("?"));
    }

    /** Whom a substitute stands in for, or the role of anyone but a member (chair, staff…); null for a member. */
    public static String note(Meeting meeting, Participant person, Locale language) {
        if (person.substituteFor() != null) {
            return Translations.text("live.attendance.substituteFor", language,
                    meeting.participant(person.substituteFor()).map(Participant::name).orElse("?"));
        }
        return person.role() == MemberRole.MEMBER ? null : Translations.text("live.role." + person.role(), language);
    }
}
