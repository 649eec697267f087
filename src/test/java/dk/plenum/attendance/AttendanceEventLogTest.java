package dk.plenum.attendance;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.PlannedDeparture;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.support.EventLogFiles;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code src/test/resources/event-logs/2026-11-attendance-notes.jsonl}, the committed log of an apology with
 * its reason, taken back and sent again, and of planned early departures (at a time, after an item, taken back; one still standing),
 * which {@code EventLogCompatibilityTest} reads back with every later version (decision 0008):
 * {@code ./mvnw test -Dvaadin.skip -Dtest=AttendanceEventLogTest -Dplenum.attendance-event-log=src/test/resources/event-logs/2026-11-attendance-notes.jsonl}
 */
@PlenumTest
class AttendanceEventLogTest {

    @Test
    @EnabledIfSystemProperty(named = "plenum.attendance-event-log", matches = ".+")
    void writesALogOfApologyReasonsAndPlannedDepartures(@Autowired AgendaImportService imports,
            @Autowired ProceedingsService proceedings, @Autowired AttendanceService attendance,
            @Autowired AccountService accounts, @Autowired MeetingJournal journal, @Autowired MongoTemplate mongo,
            @Autowired JsonMapper json) throws IOException {
        Actor secretary = ImportedMeetings.SECRETARIAT;
        Actor kirsten = accounts.find("kirsten").orElseThrow();
        Actor thomas = accounts.find("thomas").orElseThrow();
        Actor lasse = accounts.find("lasse").orElseThrow();
        Meeting meeting = imports.importMeeting("""
                {"council": "Erhvervsrådet", "title": "Møde med afbud", "kind": "ORDINARY",
                 "startsAt": "%s", "location": "Mødelokale 1",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"}],
                 "items": [
                   {"number": 1, "title": "Erhvervsstrategi", "visibility": "OPEN"},
                   {"number": 2, "title": "Grundsalg", "visibility": "CLOSED"}]}
                """.formatted(ImportedMeetings.nextStartsAt()), secretary);
        String id = meeting.id();

        attendance.mark(id, thomas.memberId(), AttendanceStatus.APOLOGY, null, "Til lægen.", thomas);
        attendance.mark(id, thomas.memberId(), AttendanceStatus.EXPECTED, null, thomas);
        attendance.mark(id, thomas.memberId(), AttendanceStatus.APOLOGY, null, "Syg.", thomas);
        attendance.mark(id, kirsten.memberId(), AttendanceStatus.PRESENT, null, kirsten);
        proceedings.start(id, secretary);
        attendance.planDeparture(id, kirsten.memberId(),
                new PlannedDeparture(meeting.startsAt().plus(Duration.ofHours(1)), null), kirsten);
        attendance.planDeparture(id, kirsten.memberId(), null, kirsten);
        attendance.planDeparture(id, kirsten.memberId(), new PlannedDeparture(null, meeting.items().get(0).id()),
                kirsten);
        attendance.mark(id, kirsten.memberId(), AttendanceStatus.LEFT, null, kirsten);
        attendance.mark(id, lasse.memberId(), AttendanceStatus.PRESENT, null, lasse);
        attendance.planDeparture(id, lasse.memberId(),
                new PlannedDeparture(meeting.startsAt().plus(Duration.ofMinutes(90)), null), secretary);

        EventLogFiles.write(mongo, json, journal.get(id), Path.of(System.getProperty("plenum.attendance-event-log")));
    }
}
