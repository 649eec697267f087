package dk.plenum.protocol;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.support.EventLogFiles;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import dk.plenum.timeplan.TimePlanService;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code src/test/resources/event-logs/2026-11-protocol.jsonl}, the committed log of the protocol entry and
 * time plan events (and of items imported with a planned duration), which {@code EventLogCompatibilityTest} reads
 * back with every later version (decision 0008):
 * {@code ./mvnw test -Dvaadin.skip -Dtest=ProtocolEventLogTest -Dplenum.protocol-event-log=src/test/resources/event-logs/2026-11-protocol.jsonl}
 */
@PlenumTest
class ProtocolEventLogTest {

    @Test
    @EnabledIfSystemProperty(named = "plenum.protocol-event-log", matches = ".+")
    void writesALogOfEveryKindOfProtocolEntryAndTimePlanEvent(@Autowired AgendaImportService imports,
            @Autowired ProceedingsService proceedings, @Autowired AttendanceService attendance,
            @Autowired ProtocolEntryService entries, @Autowired TimePlanService timePlan,
            @Autowired AccountService accounts, @Autowired MeetingJournal journal, @Autowired MongoTemplate mongo,
            @Autowired JsonMapper json) throws IOException {
        Actor secretary = ImportedMeetings.SECRETARIAT;
        Actor kirsten = accounts.find("kirsten").orElseThrow();
        Meeting meeting = imports.importMeeting("""
                {"council": "Erhvervsrådet", "title": "Møde med tidsplan", "kind": "ORDINARY",
                 "startsAt": "%s", "location": "Mødelokale 1",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [
                   {"number": 1, "title": "Erhvervsstrategi", "visibility": "OPEN", "plannedMinutes": 30},
                   {"number": 2, "title": "Grundsalg", "visibility": "CLOSED", "plannedMinutes": 15}]}
                """.formatted(ImportedMeetings.nextStartsAt()), secretary);
        String id = meeting.id();
        String open = meeting.items().get(0).id();
        String closed = meeting.items().get(1).id();

        timePlan.plan(id, closed, 20, secretary);
        proceedings.start(id, secretary);
        attendance.mark(id, kirsten.memberId(), AttendanceStatus.PRESENT, null, kirsten);
        proceedings.setCurrentItem(id, open, secretary);
        Meeting asked = entries.request(id, open, "Jeg kan ikke støtte indstillingen.", kirsten);
        entries.accept(id, asked.protocolEntries().getLast().id(), secretary);
        Meeting again = entries.request(id, open, "Og heller ikke tidsplanen.", kirsten);
        entries.refuse(id, again.protocolEntries().getLast().id(), "Hører ikke under punktet.", secretary);

        EventLogFiles.write(mongo, json, journal.get(id), Path.of(System.getProperty("plenum.protocol-event-log")));
    }
}
