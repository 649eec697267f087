package dk.plenum.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.council.CouncilService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.internal.MeetingEventDocuments;
import dk.plenum.minutes.MinutesService;
import dk.plenum.preparation.AgendaStart;
import dk.plenum.preparation.ItemContent;
import dk.plenum.preparation.MeetingDetails;
import dk.plenum.preparation.PreparationService;
import dk.plenum.proceedings.LateItem;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.roundtable.RoundTableService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import dk.plenum.support.EventLogFiles;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every stored meeting must stay readable by every later version of Plenum. {@code src/test/resources/event-logs}
 * holds event logs as earlier versions stored them, one file per version that added a kind of event or changed
 * a payload, each beside the meeting it rebuilds to ({@code <name>.meeting.json}). This reads each log through
 * today's reader and checks that it rebuilds the same meeting. A renamed event type, record component or enum
 * constant fails here. How a payload may evolve: {@code docs/design-decisions/0008-event-log-compatibility.md}.
 *
 * <p>A new log, for a new kind of event or payload version:
 * {@code ./mvnw test -Dvaadin.skip -Dtest=EventLogCompatibilityTest -Dplenum.event-log=src/test/resources/event-logs/<yyyy-mm>.jsonl}
 * writes one with every kind of event, made through the services as today's version makes them.
 */
@PlenumTest
class EventLogCompatibilityTest {

    static final Path LOGS = Path.of("src/test/resources/event-logs");

    @Autowired
    MeetingEventDocuments documents;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    JsonMapper json;

    @Test
    void everyStoredLogRebuildsTheMeetingItWasWrittenWith() throws IOException {
        List<Path> logs = logs();
        assertThat(logs).isNotEmpty();
        for (Path log : logs) {
            Meeting rebuilt = null;
            for (MeetingEvent event : read(log)) {
                rebuilt = MeetingProjection.apply(rebuilt, event);
            }
            JsonNode expected = json.readTree(EventLogFiles.meetingFile(log).toFile());
            assertSameMeeting(json.valueToTree(rebuilt), expected, log + ": meeting");
        }
    }

    /** Events stored before payloads carried a version read as version 1, the shape they have. */
    @Test
    void eventsWithoutAPayloadVersionReadAsTheFirstVersion() throws IOException {
        for (Path log : logs()) {
            List<MeetingEvent> unversioned = documents(log).stream().peek(stored -> stored.remove("version"))
                    .map(documents::read).toList();
            assertThat(unversioned).as(log.toString()).isEqualTo(read(log));
        }
    }

    @Test
    void anEventWrittenByANewerVersionIsRefusedRatherThanMisread() throws IOException {
        Document newer = documents(logs().getFirst()).getFirst().append("version", 2);
        assertThatThrownBy(() -> documents.read(newer)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("payload version 2");
    }

    /** So that a new kind of event cannot ship without a log that keeps it readable. */
    @Test
    void theStoredLogsHoldEveryKindOfEvent() throws IOException {
        Set<String> stored = new TreeSet<>();
        for (Path log : logs()) {
            read(log).forEach(event -> stored.add(event.type()));
        }
        assertThat(stored).containsExactlyInAnyOrderElementsOf(kinds());
    }

    @Test
    void everyKindOfEventHasItsOwnStoredName() {
        assertThat(kinds()).doesNotHaveDuplicates().allMatch(type -> type.matches("[A-Z]+(_[A-Z]+)*"));
    }

    /** Writes a new log, and the meeting it rebuilds to, when asked to (see the class comment). */
    @Test
    @EnabledIfSystemProperty(named = "plenum.event-log", matches = ".+")
    void writesALogOfEveryKindOfEvent(@Autowired AgendaImportService imports, @Autowired ProceedingsService proceedings,
            @Autowired DecisionService decisions, @Autowired AttendanceService attendance,
            @Autowired RoundTableService roundTable, @Autowired MinutesService minutes, @Autowired MeetingJournal journal)
            throws IOException {
        Actor secretary = ImportedMeetings.SECRETARIAT;
        Meeting meeting = imports.importMeeting("""
                {"council": "Arkivudvalget", "title": "Møde i Arkivudvalget", "kind": "ORDINARY",
                 "startsAt": "%s", "endsAt": null, "location": "Mødelokale 1",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Pia Kjærgaard Holm", "role": "SUBSTITUTE"},
                             {"name": "Mette Bugge", "role": "SECRETARIAT"}],
                 "items": [
                   {"number": 1, "title": "Godkendelse af dagsorden", "kind": "REGULAR", "visibility": "OPEN",
                    "presenter": "Mette Bugge",
                    "sections": [{"heading": "Indstilling", "body": "At dagsordenen godkendes."}],
                    "attachments": [{"name": "Dagsorden.pdf", "visibility": "OPEN"}]},
                   {"number": 2, "title": "Personalesag", "kind": "REGULAR", "visibility": "CLOSED", "hideTitle": true,
                    "sections": [{"heading": "Sagsbeskrivelse", "body": "Lukket sag."}],
                    "attachments": [{"name": "Notat.pdf", "visibility": "CLOSED"}]}]}
                """.formatted(ImportedMeetings.nextStartsAt()), secretary);
        String id = meeting.id();
        String first = meeting.items().get(0).id();
        String closed = meeting.items().get(1).id();
        Participant chair = meeting.participants().get(0);
        Participant kirsten = meeting.participants().get(1);
        Participant substitute = meeting.participants().get(2);
        Actor member = new Actor("kirsten-" + id, kirsten.name(), AccountRole.MEMBER, meeting.councilId(),
                kirsten.memberId());

        proceedings.start(id, secretary);
        attendance.mark(id, kirsten.memberId(), AttendanceStatus.PRESENT, null, secretary);
        attendance.mark(id, chair.memberId(), AttendanceStatus.APOLOGY, null, secretary);
        attendance.mark(id, substitute.memberId(), AttendanceStatus.PRESENT, chair.memberId(), secretary);
        proceedings.setCurrentItem(id, first, secretary);
        decisions.record(id, first, new DecisionInput(DecisionOutcome.APPROVED, "Godkendt.", null, null, null),
                secretary);
        decisions.record(id, closed, new DecisionInput(DecisionOutcome.REJECTED, "Afslået.", "Behandlet.",
                "Kirsten Møller Thomsen stemte imod.", null), secretary);
        String late = proceedings.addLateItem(id, new LateItem("Bordet rundt", Visibility.OPEN,
                ItemKind.ROUND_THE_TABLE, null, "Nyt fra medlemmerne.", false), secretary).items().getLast().id();
        proceedings.reorder(id, List.of(late, first, closed), secretary);
        proceedings.setCurrentItem(id, late, secretary);
        Meeting posted = roundTable.post(id, "Nyt fra erhvervsskolen.", member);
        String post = posted.roundTable().getFirst().id();
        roundTable.edit(id, post, "Nyt fra erhvervsskolen og havnen.", member);
        roundTable.post(id, "Trukket tilbage.", member);
        roundTable.withdraw(id, journal.get(id).roundTable().getLast().id(), secretary);
        proceedings.adjourn(id, secretary);
        proceedings.start(id, secretary);
        attendance.mark(id, kirsten.memberId(), AttendanceStatus.LEFT, null, secretary);
        proceedings.close(id, secretary);
        minutes.approve(id, secretary);
        decisions.record(id, first, new DecisionInput(DecisionOutcome.APPROVED, "Godkendt med en rettelse.", null,
                null, "Stavefejl"), secretary);

        EventLogFiles.write(mongo, json, journal.get(id), Path.of(System.getProperty("plenum.event-log")));
    }

    /**
     * Writes a new log of preparing a meeting (issue 12) when asked to:
     * {@code -Dplenum.event-log-preparation=src/test/resources/event-logs/<yyyy-mm>-<topic>.jsonl}. A draft with its
     * agenda written, edited, reordered and an item withdrawn, then moved, published, changed and cancelled.
     */
    @Test
    @EnabledIfSystemProperty(named = "plenum.event-log-preparation", matches = ".+")
    void writesALogOfPreparingAMeeting(@Autowired PreparationService preparation, @Autowired CouncilService councils,
            @Autowired MeetingJournal journal) throws IOException {
        Actor secretary = ImportedMeetings.SECRETARIAT;
        Map<String, MemberRole> roles = new LinkedHashMap<>();
        roles.put("Lasse Frimand Jensen", MemberRole.CHAIR);
        roles.put("Kirsten Møller Thomsen", MemberRole.MEMBER);
        String councilId = councils.enrol("Arkivudvalget", roles).id();
        Instant startsAt = ImportedMeetings.nextStartsAt();
        String id = preparation.create(councilId, new MeetingDetails("Møde i Arkivudvalget", MeetingKind.ORDINARY,
                startsAt, startsAt.plus(Duration.ofHours(2)), "Mødelokale 1"), AgendaStart.STANDARD_ITEMS, secretary).id();
        Meeting withItems = preparation.addItem(id, new ItemContent("Godkendelse af dagsorden", ItemKind.REGULAR,
                Visibility.OPEN, false, "Mette Bugge", List.of(new Section("Indstilling", "At dagsordenen godkendes."))),
                secretary);
        withItems = preparation.addItem(id, new ItemContent("Personalesag", ItemKind.REGULAR, Visibility.CLOSED, true,
                null, List.of(new Section("Sagsbeskrivelse", "Lukket sag."))), secretary);
        withItems = preparation.addItem(id, new ItemContent("Bordet rundt", ItemKind.ROUND_THE_TABLE, Visibility.OPEN,
                false, null, List.of()), secretary);
        String first = withItems.items().get(0).id();
        String closed = withItems.items().get(1).id();
        String roundTable = withItems.items().get(2).id();
        preparation.editItem(id, first, new ItemContent("Godkendelse af dagsordenen", ItemKind.REGULAR, Visibility.OPEN,
                false, "Mette Bugge", List.of(new Section("Indstilling", "At dagsordenen godkendes.\n\n- punkt 1\n- punkt 2"))),
                secretary);
        preparation.reorder(id, List.of(first, roundTable, closed), secretary);
        preparation.withdrawItem(id, roundTable, secretary);
        preparation.editDetails(id, "Temamøde i Arkivudvalget", MeetingKind.THEME, "Mødelokale 2", secretary);
        preparation.move(id, startsAt.plus(Duration.ofDays(1)), null, secretary);
        preparation.publish(id, secretary);
        preparation.editItem(id, first, new ItemContent("Godkendelse af dagsordenen", ItemKind.REGULAR, Visibility.OPEN,
                false, "Mette Bugge", List.of(new Section("Indstilling", "At dagsordenen godkendes med en rettelse."))),
                secretary);
        preparation.cancel(id, secretary);
        EventLogFiles.write(mongo, json, journal.get(id), Path.of(System.getProperty("plenum.event-log-preparation")));
    }

    /**
     * Every value the meeting had when the log was written, the same today; a field added to {@link Meeting}
     * since is not in the old file and is not compared.
     */
    private static void assertSameMeeting(JsonNode rebuilt, JsonNode expected, String path) {
        if (expected.isObject()) {
            expected.properties().forEach(field ->
                    assertSameMeeting(rebuilt.path(field.getKey()), field.getValue(), path + "." + field.getKey()));
        } else if (expected.isArray()) {
            assertThat(rebuilt.size()).as(path + " size").isEqualTo(expected.size());
            for (int index = 0; index < expected.size(); index++) {
                assertSameMeeting(rebuilt.path(index), expected.get(index), path + "[" + index + "]");
            }
        } else {
            assertThat(rebuilt.toString()).as(path).isEqualTo(expected.toString()); // as JSON: 21 is 21, int or long
        }
    }

    private List<MeetingEvent> read(Path log) throws IOException {
        return documents(log).stream().map(documents::read).toList();
    }

    private static List<Document> documents(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank()).map(Document::parse).toList();
        }
    }

    private static List<Path> logs() throws IOException {
        try (Stream<Path> files = Files.list(LOGS)) {
            return files.filter(file -> file.toString().endsWith(".jsonl")).sorted().toList();
        }
    }


    @SuppressWarnings("unchecked")
    private static List<String> kinds() {
        return Arrays.stream(MeetingChange.class.getPermittedSubclasses())
                .map(kind -> MeetingChange.storedAs((Class<? extends MeetingChange>) kind).type())
                .collect(Collectors.toList());
    }
}
