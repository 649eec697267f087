package dk.plenum.security;

import static dk.plenum.support.Api.json;
import static dk.plenum.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import examples.ObserverClient.StompConnection;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A secretary runs her own council's meetings only: Mette, Erhvervsrådet's secretary, is refused on
 * another council's meeting through the API and the live stream, and sees it as the public does, while
 * the administrator ({@code sekretariat}) runs both.
 */
@PlenumTest
class SecretariatScopeTest {

    private static final String ADMINISTRATOR = "sekretariat";
    private static final String METTE = "mette";
    private static final String OTHER_COUNCIL = "Teknik- og Miljøudvalget";
    private static final String OTHER_COUNCIL_REFUSAL = "Only the secretariat of this council can do this.";

    @LocalServerPort
    int port;

    private Api api;
    private JsonNode own;
    private JsonNode others;
    private String marker;

    @BeforeEach
    void aMeetingOfMettesCouncilAndOneOfAnother() {
        api = new Api(port);
        marker = "SKOPE" + System.nanoTime() + "X";
        HttpResponse<String> ownImport = importMeeting("Erhvervsrådet", METTE);
        assertThat(ownImport.statusCode()).as("Mette imports for her own council: " + ownImport.body()).isEqualTo(201);
        own = json(ownImport);
        HttpResponse<String> othersImport = importMeeting(OTHER_COUNCIL, ADMINISTRATOR);
        assertThat(othersImport.statusCode()).as(othersImport.body()).isEqualTo(201);
        others = json(othersImport);
    }

    @Test
    void sheRunsHerOwnCouncilsMeetingAndIsRefusedOnAnothers() {
        assertThat(command(own, "/start", "", METTE).statusCode()).isEqualTo(200);
        assertThat(api.get(path(own, ""), METTE).body()).contains(marker);

        long before = lastSeq(others);
        assertRefused(command(others, "/start", "", METTE), 403, OTHER_COUNCIL_REFUSAL);
        assertThat(command(others, "/start", "", ADMINISTRATOR).statusCode()).isEqualTo(200);
        long started = lastSeq(others);
        assertRefused(command(others, "/current-item", "{\"itemId\": \"" + item(others, 0) + "\"}", METTE), 403,
                OTHER_COUNCIL_REFUSAL);
        assertRefused(command(others, "/items/" + item(others, 0) + "/decision",
                "{\"outcome\": \"APPROVED\", \"text\": \"Godkendt\"}", METTE), 403, OTHER_COUNCIL_REFUSAL);
        assertRefused(command(others, "/items", "{\"title\": \"Tillægspunkt\"}", METTE), 403, OTHER_COUNCIL_REFUSAL);
        assertRefused(command(others, "/close", "", METTE), 403, OTHER_COUNCIL_REFUSAL);
        assertThat(lastSeq(others)).as("only the administrator's start was appended").isEqualTo(before + 1)
                .isEqualTo(started);

        assertThat(command(others, "/items/" + item(others, 1) + "/decision", """
                {"outcome": "APPROVED", "text": "%s-beslutning", "publicText": "Behandlet"}""".formatted(marker),
                ADMINISTRATOR).statusCode()).isEqualTo(200);
        assertThat(command(others, "/close", "", ADMINISTRATOR).statusCode()).isEqualTo(200);
        assertRefused(command(others, "/minutes/approve", "", METTE), 403, OTHER_COUNCIL_REFUSAL);
        for (String channel : new String[] {"", "/events?after=0", "/live", "/minutes?format=md"}) {
            assertThat(api.get(path(others, channel), METTE).body()).as("Mette reads " + channel + " as the public")
                    .doesNotContain(marker, ADMINISTRATOR);
        }
    }

    @Test
    void sheImportsAndCreatesAccountsOnlyForHerOwnCouncil() {
        assertRefused(importMeeting(OTHER_COUNCIL, METTE), 403, OTHER_COUNCIL_REFUSAL);
        assertRefused(importMeeting("Nyt udvalg " + System.nanoTime(), METTE), 403,
                "Only an administrator can import a meeting of a council that does not exist yet.");

        String ownMember = own.get("participants").get(1).get("memberId").stringValue();
        String othersMember = others.get("participants").get(1).get("memberId").stringValue();
        assertThat(createAccount("MEMBER", own.get("councilId").stringValue(), ownMember, METTE).statusCode())
                .isEqualTo(201);
        assertRefused(createAccount("MEMBER", others.get("councilId").stringValue(), othersMember, METTE), 403,
                OTHER_COUNCIL_REFUSAL);
        assertRefused(createAccount("SECRETARIAT", others.get("councilId").stringValue(), null, METTE), 403,
                OTHER_COUNCIL_REFUSAL);
        assertRefused(createAccount("ADMINISTRATOR", null, null, METTE), 403, "Only an administrator can do this.");
        HttpResponse<String> secretary = createAccount("SECRETARIAT", others.get("councilId").stringValue(), null,
                ADMINISTRATOR);
        assertThat(secretary.statusCode()).as(secretary.body()).isEqualTo(201);
        assertThat(json(secretary).get("councilId").stringValue()).isEqualTo(others.get("councilId").stringValue());
    }

    @Test
    void theFullStreamOfAnotherCouncilsMeetingRefusesHer() throws Exception {
        assertThat(subscribe(METTE, own)).as("her own council's full stream").isEqualTo("RECEIPT");
        assertThat(subscribe(METTE, others)).as("another council's full stream")
                .satisfiesAnyOf(seen -> assertThat(seen).contains("full stream is for the council's members"),
                        seen -> assertThat(seen).isEqualTo("closed"));
        assertThat(subscribe(ADMINISTRATOR, others)).isEqualTo("RECEIPT");
    }

    /** Subscribes to the meeting's full topic; "RECEIPT" when admitted, else the ERROR's message or "closed". */
    private String subscribe(String user, JsonNode meeting) throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        CompletableFuture<Void> connected = new CompletableFuture<>();
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        try (StompConnection connection = StompConnection.open(URI.create("ws://localhost:" + port + "/ws"),
                authorization, frame -> {
                    switch (frame.command()) {
                        case "CONNECTED" -> connected.complete(null);
                        case "RECEIPT" -> outcome.complete("RECEIPT");
                        case "ERROR" -> outcome.complete(frame.headers().get("message"));
                        default -> { }
                    }
                }, () -> outcome.complete("closed"))) {
            connection.send("CONNECT", Map.of("accept-version", "1.2", "host", "localhost"), "");
            connected.get(10, TimeUnit.SECONDS);
            connection.send("SUBSCRIBE", Map.of("id", "0", "receipt", "r", "destination",
                    "/topic/meetings/" + meeting.get("id").stringValue() + "/full"), "");
            return outcome.get(10, TimeUnit.SECONDS);
        }
    }

    private HttpResponse<String> importMeeting(String council, String user) {
        long unique = System.nanoTime() % 1_000_000;
        return api.post("/api/meetings/import", """
                {"council": "%s", "title": "Skopemøde %d", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Åbent punkt", "visibility": "OPEN"},
                           {"number": 2, "title": "Lukket punkt", "visibility": "CLOSED",
                            "sections": [{"heading": "Indstilling", "body": "%s-sektion"}]}]}
                """.formatted(council, unique, ImportedMeetings.nextStartsAt(), marker),
                user);
    }

    private HttpResponse<String> createAccount(String role, String councilId, String memberId, String user) {
        String username = "konto-" + System.nanoTime();
        return api.post("/api/accounts", """
                {"username": "%s", "password": "et langt nok ord", "role": "%s", "councilId": %s, "memberId": %s}"""
                .formatted(username, role, quoted(councilId), quoted(memberId)), user);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private HttpResponse<String> command(JsonNode meeting, String suffix, String body, String user) {
        return api.post(path(meeting, suffix), body, user);
    }

    private static String path(JsonNode meeting, String suffix) {
        return "/api/meetings/" + meeting.get("id").stringValue() + suffix;
    }

    private long lastSeq(JsonNode meeting) {
        return json(api.get(path(meeting, ""), ADMINISTRATOR)).get("lastSeq").asLong();
    }

    private static String item(JsonNode meeting, int index) {
        return meeting.get("items").get(index).get("id").stringValue();
    }
}
