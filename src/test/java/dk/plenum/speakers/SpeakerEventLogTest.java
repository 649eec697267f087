package dk.plenum.speakers;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.Actor;
import dk.plenum.support.EventLogFiles;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code src/test/resources/event-logs/2026-11-speakers.jsonl}, the committed log of every kind of speaker
 * list event, which {@code EventLogCompatibilityTest} reads back with every later version (decision 0008):
 * {@code ./mvnw test -Dvaadin.skip -Dtest=SpeakerEventLogTest -Dplenum.speakers-event-log=src/test/resources/event-logs/2026-11-speakers.jsonl}
 */
@PlenumTest
class SpeakerEventLogTest {

    @Test
    @EnabledIfSystemProperty(named = "plenum.speakers-event-log", matches = ".+")
    void writesALogOfEveryKindOfSpeakerEvent(@Autowired AgendaImportService imports,
            @Autowired ProceedingsService proceedings, @Autowired AttendanceService attendance,
            @Autowired SpeakerService speakers, @Autowired MeetingJournal journal, @Autowired MongoTemplate mongo,
            @Autowired JsonMapper json) throws IOException {
        Actor secretary = ImportedMeetings.SECRETARIAT;
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Talerlisteudvalget");
        String id = meeting.id();
        String item = meeting.items().get(1).id();
        List<String> members = meeting.participants().stream().limit(3).map(participant -> participant.memberId())
                .toList();
        proceedings.start(id, secretary);
        proceedings.setCurrentItem(id, item, secretary);
        members.forEach(member -> attendance.mark(id, member, AttendanceStatus.PRESENT, null, secretary));

        speakers.setMeetingSpeakingTime(id, 180, secretary);
        speakers.setItemSpeakingTime(id, item, 120, secretary);
        speakers.add(id, item, members.get(1), false, secretary);
        speakers.add(id, item, members.get(2), false, secretary);
        speakers.giveFloor(id, item, null, secretary);
        speakers.add(id, item, members.get(0), true, secretary);
        speakers.reorder(id, item, List.of(members.get(2), members.get(0)), secretary);
        speakers.withdraw(id, item, members.get(2), secretary);
        speakers.close(id, item, secretary);
        speakers.reopen(id, item, secretary);
        speakers.endFloor(id, item, secretary);

        EventLogFiles.write(mongo, json, journal.get(id), Path.of(System.getProperty("plenum.speakers-event-log")));
    }
}
