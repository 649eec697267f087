package dk.plenum.support;

import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.council.CouncilService.CouncilDetails;
import dk.plenum.council.CouncilService.MemberDetails;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.preparation.AgendaStart;
import dk.plenum.preparation.ItemContent;
import dk.plenum.preparation.MeetingDetails;
import dk.plenum.preparation.PreparationService;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A council of its own with seven members in four parties (A: Anna, Bo, Cecilie; V: Dorte, Erik; F: Frida;
 * O: Gustav), a substitute and the secretariat; and a running meeting of it with an open item (1) and a closed
 * one (2), everyone but Gustav present (he sent an apology).
 */
public final class PartyCouncil {

    public static final Actor SECRETARY = ImportedMeetings.SECRETARIAT;
    public static final List<String> MEMBERS = List.of("Anna", "Bo", "Cecilie", "Dorte", "Erik", "Frida", "Gustav");
    private static final List<String> PARTIES = List.of("A", "A", "A", "V", "V", "F", "O");

    public final Meeting meeting;
    public final String id;
    public final String openItem;
    public final String closedItem;

    public PartyCouncil(CouncilService councils, PreparationService preparation, ProceedingsService proceedings,
            AttendanceService attendance) {
        Council council = councils.create(SECRETARY, new CouncilDetails("Partiudvalget " + System.nanoTime(), null,
                "Byrådssalen", List.of()));
        for (int index = 0; index < MEMBERS.size(); index++) {
            councils.addMember(SECRETARY, council.id(), new MemberDetails(MEMBERS.get(index),
                    index == 0 ? MemberRole.CHAIR : MemberRole.MEMBER, PARTIES.get(index), null, null, null));
        }
        councils.addMember(SECRETARY, council.id(), new MemberDetails("Søren Stedfortræder", MemberRole.SUBSTITUTE,
                "O", null, null, null));
        councils.addMember(SECRETARY, council.id(), new MemberDetails("Sekretær Sara", MemberRole.SECRETARIAT, null,
                null, null, null));
        Instant startsAt = ImportedMeetings.nextStartsAt();
        id = preparation.create(council.id(), new MeetingDetails("Byrådsmøde", MeetingKind.ORDINARY, startsAt,
                startsAt.plus(Duration.ofHours(2)), null), AgendaStart.STANDARD_ITEMS, SECRETARY).id();
        preparation.addItem(id, new ItemContent("Lokalplan for havnen", ItemKind.REGULAR, Visibility.OPEN, false, null,
                List.of(new Section("Indstilling", "At lokalplanen vedtages."))), SECRETARY);
        Meeting prepared = preparation.addItem(id, new ItemContent("Salg af grund LUKKET-VOTE-7731", ItemKind.REGULAR,
                Visibility.CLOSED, false, null, List.of()), SECRETARY);
        openItem = prepared.items().get(prepared.items().size() - 2).id();
        closedItem = prepared.items().getLast().id();
        preparation.publish(id, SECRETARY);
        proceedings.start(id, SECRETARY);
        for (String name : MEMBERS.subList(0, 6)) {
            attendance.mark(id, memberId(prepared, name), AttendanceStatus.PRESENT, null, SECRETARY);
        }
        attendance.mark(id, memberId(prepared, "Gustav"), AttendanceStatus.APOLOGY, null, SECRETARY);
        meeting = proceedings.setCurrentItem(id, openItem, SECRETARY);
    }

    public String memberId(String name) {
        return memberId(meeting, name);
    }

    /** The member's own login, as a member account tied to them. */
    public Actor member(String name) {
        return new Actor(name.toLowerCase() + "-" + id, name, AccountRole.MEMBER, meeting.councilId(), memberId(name));
    }

    private static String memberId(Meeting meeting, String name) {
        return meeting.participants().stream().filter(participant -> participant.name().equals(name)).findFirst()
                .orElseThrow().memberId();
    }
}
