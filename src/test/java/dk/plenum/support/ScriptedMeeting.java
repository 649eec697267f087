package dk.plenum.support;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The one scripted meeting: a meeting the tests run over the HTTP API, {@code items} agenda items, every third
 * closed with content only insiders may see (marked with {@link #closedMarker()}), and a round-the-table item
 * at the end. Every command returns the seq of the event it appended. The STOMP tests, the browser tests and
 * the load generator in {@code dk.plenum.bench} (against a running server) all run this meeting.
 */
public final class ScriptedMeeting {

    public static final String SECRETARIAT = "sekretariat";
    public static final String KIRSTEN = "kirsten";
    private static final AtomicInteger IMPORTS = new AtomicInteger();

    private final ApiMeeting imported;
    private final String marker;

    private ScriptedMeeting(ApiMeeting imported, String marker) {
        this.imported = imported;
        this.marker = marker;
    }

    /** A meeting of the demo council (Kirsten is a member) or of another council named {@code council}. */
    public static ScriptedMeeting importInto(Api api, String council, int items) {
        int unique = IMPORTS.incrementAndGet() + (int) (System.nanoTime() % 100_000) * 10;
        String marker = "LUKKET" + unique + "X";
        String agenda = IntStream.range(0, items).mapToObj(k -> k % 3 == 2
                ? """
                  {"number": %d, "title": "Lukket punkt %d", "visibility": "CLOSED",
                   "sections": [{"heading": "Indstilling", "body": "%s-sektion-%d"}],
                   "attachments": [{"name": "%s-bilag-%d", "visibility": "CLOSED"}]}"""
                        .formatted(k + 1, k, marker, k, marker, k)
                : """
                  {"number": %d, "title": "Punkt %d", "visibility": "OPEN"}""".formatted(k + 1, k))
                .collect(Collectors.joining(",\n"));
        ApiMeeting imported = ImportedMeetings.importOverApi(api, """
                {"council": "%s", "title": "Livemøde %d", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"}],
                 "items": [%s,
                           {"number": %d, "title": "Bordet rundt", "kind": "ROUND_THE_TABLE", "visibility": "OPEN"}]}
                """.formatted(council, unique, ImportedMeetings.nextStartsAt(), agenda, items + 1));
        return new ScriptedMeeting(imported, marker);
    }

    public String id() {
        return imported.id();
    }

    /** In every piece of closed content of this meeting, and in nothing the public may see. */
    public String closedMarker() {
        return marker;
    }

    public String publicText(int item) {
        return "Behandlet for lukkede døre (punkt " + item + ")";
    }

    public boolean isClosed(int item) {
        return item % 3 == 2;
    }

    public long start() {
        return command("/start", "", SECRETARIAT);
    }

    public long currentItem(int item) {
        return command("/current-item", "{\"itemId\": \"" + imported.itemId(item) + "\"}", SECRETARIAT);
    }

    public long roundTableIsCurrent() {
        return command("/current-item", "{\"itemId\": \"" + imported.itemId(imported.imported().get("items").size() - 1)
                + "\"}", SECRETARIAT);
    }

    /** The decision on a closed item has internal text and dissent (marked) and a public text. */
    public long decide(int item) {
        String body = isClosed(item)
                ? """
                  {"outcome": "APPROVED", "text": "Solgt, %s-beslutning-%d", "publicText": "%s",
                   "dissent": "%s-mindretal-%d"}""".formatted(marker, item, publicText(item), marker, item)
                : "{\"outcome\": \"APPROVED\", \"text\": \"Godkendt punkt " + item + "\"}";
        return command("/items/" + imported.itemId(item) + "/decision", body, SECRETARIAT);
    }

    /** A decision with a text of the test's choosing, on an open item. */
    public long decide(int item, String text) {
        return command("/items/" + imported.itemId(item) + "/decision",
                "{\"outcome\": \"NOTED\", \"text\": \"" + text + "\"}", SECRETARIAT);
    }

    public long attendance(int member, String status, String user) {
        return command("/attendance", """
                {"memberId": "%s", "status": "%s"}""".formatted(imported.memberId(member), status), user);
    }

    public long postAsKirsten(String text) {
        return command("/roundtable", "{\"text\": \"" + text + "\"}", KIRSTEN);
    }

    public long close() {
        return command("/close", "", SECRETARIAT);
    }

    /** Sent as a client that may retry sends it: with an Idempotency-Key of its own (docs/api.md, "Retries"). */
    private long command(String path, String body, String user) {
        HttpResponse<String> response = imported.api().command("POST", imported.path(path), body, user,
                UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json(response).get("lastSeq").asLong();
    }
}
