package dk.plenum.observer;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * A meeting the tests run over the HTTP API: {@code items} agenda items, every third closed with content
 * only insiders may see (marked with {@link #closedMarker()}), and a round-the-table item at the end.
 * Every command returns the seq of the event it appended. Public for the load generator in
 * {@code dk.plenum.bench}, which runs the same meeting against a running server.
 */
public final class ScriptedMeeting {

    static final String SECRETARIAT = "sekretariat";
    static final String KIRSTEN = "kirsten";
    private static final AtomicInteger IMPORTS = new AtomicInteger();

    private final Api api;
    private final JsonNode imported;
    private final String marker;

    private ScriptedMeeting(Api api, JsonNode imported, String marker) {
        this.api = api;
        this.imported = imported;
        this.marker = marker;
    }

    /** A meeting of the demo council (Kirsten is a member) or of another council named {@code council}. */
    public static ScriptedMeeting importInto(Api api, String council, int items) {
        int imported = IMPORTS.incrementAndGet();
        int unique = imported + (int) (System.nanoTime() % 100_000) * 10;
        // One minute of 2032 per import in this JVM: a council meets once at a time, and tests share a store.
        OffsetDateTime startsAt = OffsetDateTime.parse("2032-01-01T00:00:00+01:00").plusMinutes(imported);
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
        HttpResponse<String> created = api.post("/api/meetings/import", """
                {"council": "%s", "title": "Livemøde %d", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"},
                             {"name": "Thomas Overgaard", "role": "MEMBER"}],
                 "items": [%s,
                           {"number": %d, "title": "Bordet rundt", "kind": "ROUND_THE_TABLE", "visibility": "OPEN"}]}
                """.formatted(council, unique, startsAt, agenda,
                items + 1), SECRETARIAT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new ScriptedMeeting(api, json(created), marker);
    }

    public String id() {
        return imported.get("id").stringValue();
    }

    /** In every piece of closed content of this meeting, and in nothing the public may see. */
    String closedMarker() {
        return marker;
    }

    String publicText(int item) {
        return "Behandlet for lukkede døre (punkt " + item + ")";
    }

    boolean isClosed(int item) {
        return item % 3 == 2;
    }

    public long start() {
        return command("/start", "", SECRETARIAT);
    }

    public long currentItem(int item) {
        return command("/current-item", "{\"itemId\": \"" + itemId(item) + "\"}", SECRETARIAT);
    }

    long roundTableIsCurrent() {
        return command("/current-item", "{\"itemId\": \"" + itemId(imported.get("items").size() - 1) + "\"}",
                SECRETARIAT);
    }

    /** The decision on a closed item has internal text and dissent (marked) and a public text. */
    public long decide(int item) {
        String body = isClosed(item)
                ? """
                  {"outcome": "APPROVED", "text": "Solgt, %s-beslutning-%d", "publicText": "%s",
                   "dissent": "%s-mindretal-%d"}""".formatted(marker, item, publicText(item), marker, item)
                : "{\"outcome\": \"APPROVED\", \"text\": \"Godkendt punkt " + item + "\"}";
        return command("/items/" + itemId(item) + "/decision", body, SECRETARIAT);
    }

    /** A decision with a text of the test's choosing, on an open item. */
    public long decide(int item, String text) {
        return command("/items/" + itemId(item) + "/decision",
                "{\"outcome\": \"NOTED\", \"text\": \"" + text + "\"}", SECRETARIAT);
    }

    long attendance(int member, String status, String user) {
        return command("/attendance", """
                {"memberId": "%s", "status": "%s"}""".formatted(memberId(member), status), user);
    }

    long postAsKirsten(String text) {
        return command("/roundtable", "{\"text\": \"" + text + "\"}", KIRSTEN);
    }

    long close() {
        return command("/close", "", SECRETARIAT);
    }

    /** Sent as a client that may retry sends it: with an Idempotency-Key of its own (docs/api.md, "Retries"). */
    private long command(String path, String body, String user) {
        HttpResponse<String> response = api.command("POST", "/api/meetings/" + id() + path, body, user,
                UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json(response).get("lastSeq").asLong();
    }

    private String itemId(int item) {
        return imported.get("items").get(item).get("id").stringValue();
    }

    private String memberId(int member) {
        return imported.get("participants").get(member).get("memberId").stringValue();
    }
}
