package dk.plenum.agenda.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.plenum.agenda.FieldProblem;
import dk.plenum.agenda.InvalidImportException;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Visibility;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MeetingImportReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsAValidDocument() {
        MeetingImport meeting = MeetingImportReader.read(json("""
                {"council": " Erhvervsrådet ", "title": "Møde", "kind": "ORDINARY",
                 "startsAt": "2024-02-29T10:30:00+01:00", "endsAt": "2024-02-29T13:00:00+01:00",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                 "items": [{"number": 4, "title": "Bordet rundt", "kind": "ROUND_THE_TABLE", "visibility": "OPEN",
                            "sections": [{"heading": "Indstilling", "body": "Nyt fra medlemmerne."}],
                            "attachments": [{"name": "Bilag", "visibility": "CLOSED"}]},
                           {"number": 1, "title": "Velkomst", "visibility": "OPEN"}]}
                """));

        assertThat(meeting.council()).isEqualTo("Erhvervsrådet");
        assertThat(meeting.kind()).isEqualTo(MeetingKind.ORDINARY);
        assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2024-02-29T09:30:00Z"));
        assertThat(meeting.members()).containsExactly(new MeetingImport.Member("Lasse Frimand Jensen", MemberRole.CHAIR));
        assertThat(meeting.items().getFirst().kind()).isEqualTo(ItemKind.ROUND_THE_TABLE);
        assertThat(meeting.items().getFirst().attachments().getFirst().visibility()).isEqualTo(Visibility.CLOSED);
        assertThat(meeting.items().get(1).kind()).as("kind defaults to regular").isEqualTo(ItemKind.REGULAR);
        assertThat(meeting.items().get(1).sections()).isEmpty();
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        List<FieldProblem> problems = problemsOf("""
                {"title": "  ", "kind": "PARTY", "startsAt": "29/2 2024", "location": 7, "colour": "red",
                 "members": [{"name": "Anna"}, {"name": "Anna", "role": "CHAIR"}, "Bo"],
                 "items": [{"number": 0, "title": "A", "visibility": "SECRET", "sections": [{"body": "x"}]},
                           {"number": 2, "title": "B", "visibility": "OPEN", "attachments": {}},
                           {"number": 2, "title": "C", "visibility": "OPEN"}]}
                """);

        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "council", "title", "kind", "startsAt", "location", "colour",
                "members[0].role", "members[1].name", "members[2]",
                "items[0].number", "items[0].visibility", "items[0].sections[0].heading",
                "items[1].attachments", "items[2].number");
        assertThat(problems).contains(new FieldProblem("kind", "must be one of ORDINARY, THEME"),
                new FieldProblem("colour", "is not a known field"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThat(problemsOf("""
                {"council": "C", "title": "T", "kind": "THEME", "members": [], "items": [],
                 "startsAt": "2024-02-29T10:30:00+01:00", "endsAt": "2024-02-29T09:00:00+01:00"}
                """)).containsExactly(new FieldProblem("endsAt", "must be after startsAt"));
    }

    @Test
    void refusesOversizeText() {
        String longTitle = "x".repeat(MeetingImportReader.MAX_TITLE + 1);
        assertThat(problemsOf("""
                {"council": "C", "title": "%s", "kind": "THEME", "members": [], "items": [],
                 "startsAt": "2024-02-29T10:30:00+01:00"}
                """.formatted(longTitle))).extracting(FieldProblem::field).containsExactly("title");
    }

    @Test
    void refusesSomethingThatIsNotAnObject() {
        assertThat(problemsOf("[1, 2]")).containsExactly(
                new FieldProblem("$", "must be a JSON object describing one meeting"));
    }

    private static List<FieldProblem> problemsOf(String document) {
        InvalidImportException refused = catchThrowableOfType(InvalidImportException.class,
                () -> MeetingImportReader.read(json(document)));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
