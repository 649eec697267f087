package dk.plenum.support;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Meetings of a test's own, so tests that share one store never change the demo meeting or each
 * other's. Members are the demo council's, by their exact names, so the demo accounts belong to them.
 */
public final class ImportedMeetings {

    public static final Actor SECRETARIAT =
            new Actor("sekretariat", "Sekretariatet", AccountRole.ADMINISTRATOR, null, null);

    /** A council meets at most once at a time: every meeting gets its own hour. */
    private static final AtomicInteger HOURS = new AtomicInteger();
    private static final Instant FIRST = Instant.parse("2031-01-06T08:00:00Z");

    private ImportedMeetings() {
    }

    /**
     * Imports a four-item meeting: 1 Velkomst, 2 Godkendelse af dagsorden, 3 Personalesag (closed),
     * 4 Eventuelt; summoned: a chair, two members, a substitute and the secretariat.
     */
    public static Meeting importMeeting(AgendaImportService imports, String council) {
        Instant startsAt = FIRST.plus(Duration.ofHours(HOURS.incrementAndGet()));
        String document = """
                {"council": "%s", "title": "Møde i %s", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [
                   {"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                   {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                   {"name": "Thomas Overgaard", "role": "MEMBER"},
                   {"name": "Pia Kjærgaard Holm", "role": "SUBSTITUTE"},
                   {"name": "Mette Bugge", "role": "SECRETARIAT"}],
                 "items": [
                   {"number": 1, "title": "Velkomst", "kind": "REGULAR", "visibility": "OPEN",
                    "sections": [], "attachments": []},
                   {"number": 2, "title": "Godkendelse af dagsorden", "kind": "REGULAR", "visibility": "OPEN",
                    "sections": [], "attachments": []},
                   {"number": 3, "title": "Personalesag", "kind": "REGULAR", "visibility": "CLOSED",
                    "sections": [], "attachments": []},
                   {"number": 4, "title": "Eventuelt", "kind": "REGULAR", "visibility": "OPEN",
                    "sections": [], "attachments": []}]}
                """.formatted(council, council, startsAt);
        return imports.importMeeting(document, SECRETARIAT);
    }
}
