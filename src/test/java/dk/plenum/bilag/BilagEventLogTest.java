package dk.plenum.bilag;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.Visibility;
import dk.plenum.preparation.AgendaStart;
import dk.plenum.preparation.MeetingDetails;
import dk.plenum.preparation.PreparationService;
import dk.plenum.security.Actor;
import dk.plenum.support.EventLogFiles;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code src/test/resources/event-logs/2026-11-bilag.jsonl}, the committed log of every kind of Bilag
 * event, which {@code EventLogCompatibilityTest} reads back with every later version (decision 0008):
 * {@code ./mvnw test -Dvaadin.skip -Dtest=BilagEventLogTest -Dplenum.bilag-event-log=src/test/resources/event-logs/2026-11-bilag.jsonl}
 */
@PlenumTest
class BilagEventLogTest {

    @Test
    @EnabledIfSystemProperty(named = "plenum.bilag-event-log", matches = ".+")
    void writesALogOfEveryKindOfBilagEvent(@Autowired AgendaImportService imports, @Autowired PreparationService preparation,
            @Autowired BilagService bilag,
            @Autowired MeetingJournal journal, @Autowired MongoTemplate mongo, @Autowired JsonMapper json)
            throws IOException {
        Actor secretary = ImportedMeetings.SECRETARIAT;
        Meeting imported = imports.importMeeting("""
                {"council": "Arkivudvalget", "title": "Møde med bilag", "kind": "ORDINARY",
                 "startsAt": "%s", "endsAt": null, "location": "Mødelokale 1",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                 "items": [
                   {"number": 1, "title": "Årsrapport", "kind": "REGULAR", "visibility": "OPEN"},
                   {"number": 2, "title": "Personalesag", "kind": "REGULAR", "visibility": "CLOSED"}]}
                """.formatted(ImportedMeetings.nextStartsAt()), secretary);
        // A draft with the same agenda: a Bilag is removable only until the agenda is published.
        Instant startsAt = ImportedMeetings.nextStartsAt();
        Meeting meeting = preparation.create(imported.councilId(), new MeetingDetails("Møde med bilag",
                MeetingKind.ORDINARY, startsAt, null, "Mødelokale 1"), new AgendaStart(imported.id()), secretary);
        String id = meeting.id();
        String open = meeting.items().get(0).id();
        String closed = meeting.items().get(1).id();

        Meeting added = bilag.add(id, open, List.of(new BilagUpload("Årsrapport 2023.pdf", TestPdfs.pages(3, "Rapport")),
                new BilagUpload("Bilag B.pdf", TestPdfs.pages(1, "B"))), Visibility.OPEN, secretary);
        bilag.add(id, closed, List.of(new BilagUpload("Notat.pdf", TestPdfs.pages(2, "Notat"))), null, secretary);
        String report = added.items().get(0).attachments().get(0).id();
        String second = added.items().get(0).attachments().get(1).id();
        bilag.rename(id, open, report, "Årsrapport 2023 for Erhvervsstrategien", secretary);
        bilag.setVisibility(id, open, second, Visibility.CLOSED, secretary);
        bilag.reorder(id, open, List.of(second, report), secretary);
        bilag.replace(id, open, report, new BilagUpload("Årsrapport 2023 v2.pdf", TestPdfs.pages(4, "Rapport2")),
                secretary);
        bilag.remove(id, open, second, secretary);

        EventLogFiles.write(mongo, json, journal.get(id), Path.of(System.getProperty("plenum.bilag-event-log")));
    }
}
