package dk.plenum.support;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Meetings of a test's own, so tests that share one store never change the demo meeting or each
 * other's. Members are the demo council's, by their exact names, so the demo accounts belong to them.
 */
public final class ImportedMeetings {

    private static final AtomicInteger RUNNING_STARTS = new AtomicInteger();

    public static final Actor SECRETARIAT =
            new Actor("sekretariat", "Sekretariatet", AccountRole.ADMINISTRATOR, null, null);

    /** A council meets at most once at a time: every meeting gets its own hour. */
    private static final AtomicInteger HOURS = new AtomicInteger();
    private static final Instant FIRST = Instant.parse("2031-01-06T08:00:00Z");

    private ImportedMeetings() {
    }

    private static final String FEW_MEMBERS = """
            {"name": "Lasse Frimand Jensen", "role": "CHAIR"},
            {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
            {"name": "Thomas Overgaard", "role": "MEMBER"},
            {"name": "Pia Kjærgaard Holm", "role": "SUBSTITUTE"},
            {"name": "Mette Bugge", "role": "SECRETARIAT"}""";

    private static final String WHOLE_COUNCIL = """
            {"name": "Lasse Frimand Jensen", "role": "CHAIR"},
            {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
            {"name": "Thomas Overgaard", "role": "MEMBER"},
            {"name": "Ulla Bech Christiansen", "role": "MEMBER"},
            {"name": "Nikolaj Fogh Larsen", "role": "MEMBER"},
            {"name": "Birgitte Lindholm", "role": "MEMBER"},
            {"name": "Kasper Ravn Madsen", "role": "MEMBER"},
            {"name": "Anne-Mette Skovsgaard", "role": "MEMBER"},
            {"name": "Jakob Helledie Sørensen", "role": "MEMBER"},
            {"name": "Pia Kjærgaard Holm", "role": "SUBSTITUTE"},
            {"name": "Mette Bugge", "role": "SECRETARIAT"}""";

    /**
     * Imports a four-item meeting: 1 Velkomst, 2 Godkendelse af dagsorden, 3 Personalesag (closed),
     * 4 Eventuelt; summoned: a chair, two members, a substitute and the secretariat.
     */
    public static Meeting importMeeting(AgendaImportService imports, String council) {
        return importMeeting(imports, council, FEW_MEMBERS);
    }

    /**
     * The same four items with the whole demo council summoned (nine members and the chair, a substitute, the
     * secretariat): a page as long as a real meeting's, for tests of what scrolling does.
     */
    public static Meeting importMeetingOfTheWholeCouncil(AgendaImportService imports, String council) {
        return importMeeting(imports, council, WHOLE_COUNCIL);
    }

    /**
     * A start time no other meeting imported in this JVM has, for tests that write their own import document:
     * a council meets at most once at a time, and tests share one store.
     */
    public static Instant nextStartsAt() {
        return FIRST.plus(Duration.ofHours(HOURS.incrementAndGet()));
    }

    private static Meeting importMeeting(AgendaImportService imports, String council, String members) {
        return imports.importMeeting(document(council, nextStartsAt(), members), SECRETARIAT);
    }

    /**
     * A start {@code minutes} ago (for a time plan already running), on a second of the minute no other call in this
     * JVM took, so that meetings of one council imported in the same minute never share a start time.
     */
    public static Instant startedMinutesAgo(int minutes) {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(minutes))
                .plusSeconds(RUNNING_STARTS.getAndIncrement() % 60);
    }

    /**
     * Imports {@code document} over the HTTP API as the secretariat, as a client does, and returns the meeting
     * as the answer shows it (its id, items and participants); fails unless the import is accepted (201).
     */
    public static ApiMeeting importOverApi(Api api, String document) {
        HttpResponse<String> created = api.post("/api/meetings/import", document, SECRETARIAT.username());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new ApiMeeting(api, Api.json(created));
    }

    /**
     * The four-item meeting of {@code council}, imported, started and with the participants at {@code present} (their
     * places as imported) checked in by the secretariat, all over the API.
     */
    public static ApiMeeting runningOverApi(Api api, String council, int... present) {
        ApiMeeting meeting = importOverApi(api, document(council, nextStartsAt()));
        assertThat(meeting.post("/start", "", SECRETARIAT.username()).statusCode()).isEqualTo(200);
        for (int member : present) {
            assertThat(meeting.post("/attendance", "{\"memberId\": \"%s\", \"status\": \"PRESENT\"}"
                    .formatted(meeting.memberId(member)), SECRETARIAT.username()).statusCode()).isEqualTo(200);
        }
        return meeting;
    }

    /** The import document of the four-item meeting, for a test that sends it itself (e.g. over the API). */
    public static String document(String council, Instant startsAt) {
        return document(council, startsAt, FEW_MEMBERS);
    }

    private static String document(String council, Instant startsAt, String members) {
        return """
                {"council": "%s", "title": "Møde i %s", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [
                   %s],
                 "items": [
                   {"number": 1, "title": "Velkomst", "kind": "REGULAR", "visibility": "OPEN",
                    "sections": [], "attachments": []},
                   {"number": 2, "title": "Godkendelse af dagsorden", "kind": "REGULAR", "visibility": "OPEN",
                    "sections": [], "attachments": []},
                   {"number": 3, "title": "Personalesag", "kind": "REGULAR", "visibility": "CLOSED",
                    "sections": [], "attachments": []},
                   {"number": 4, "title": "Eventuelt", "kind": "REGULAR", "visibility": "OPEN",
                    "sections": [], "attachments": []}]}
                """.formatted(council, council, startsAt, members);
    }
}
