package dk.plenum.voting.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A secret ballot leaves no trace of who voted what: after members cast theirs over the API (with
 * {@code Idempotency-Key}s, whose stored request hashes must not give a choice away either), every document of every
 * collection of every database in the store is read, binary fields as text, during the vote and after it.
 */
@PlenumTest
class BallotSecrecyTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final String PASSWORD = "en hemmelig stemme";
    private static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");

    @LocalServerPort
    int port;

    @Autowired
    MongoClient store;

    @Test
    void noStoredDocumentHoldsAMemberTogetherWithTheirChoice() {
        Api api = new Api(port);
        // A council of its own, so its members' ids and logins are in no other test's (named) votes.
        String council = "Valgudvalget " + System.nanoTime();
        ApiMeeting meeting = ImportedMeetings.importOverApi(api, ImportedMeetings.document(council,
                ImportedMeetings.nextStartsAt()));
        String councilId = meeting.imported().get("councilId").stringValue();
        assertThat(meeting.post("/start", "", SECRETARIAT).statusCode()).isEqualTo(200);
        Map<String, Integer> voters = new LinkedHashMap<>();
        for (int index = 0; index < 3; index++) {
            String username = "vaelger-" + index + "-" + System.nanoTime();
            voters.put(username, index);
            assertThat(api.post("/api/accounts", """
                    {"username": "%s", "password": "%s", "role": "MEMBER", "councilId": "%s", "memberId": "%s"}"""
                    .formatted(username, PASSWORD, councilId, meeting.memberId(index)), SECRETARIAT).statusCode())
                    .isEqualTo(201);
            assertThat(meeting.post("/attendance", "{\"memberId\": \"%s\", \"status\": \"PRESENT\"}"
                    .formatted(meeting.memberId(index)), SECRETARIAT).statusCode()).isEqualTo(200);
        }
        String ballot = meeting.path("/items/%s/ballot".formatted(meeting.itemId(1)));
        assertThat(api.post(ballot, "{\"secret\": true}", SECRETARIAT).statusCode()).isEqualTo(200);
        for (Map.Entry<String, Integer> voter : voters.entrySet()) {
            HttpResponse<String> cast = api.commandWithPassword(ballot + "/votes", "{\"choice\": \"%s\"}"
                    .formatted(CHOICES.get(voter.getValue())), voter.getKey(), PASSWORD, UUID.randomUUID().toString());
            assertThat(cast.statusCode()).as(cast.body()).isEqualTo(200);
        }
        List<String> whoVoted = new ArrayList<>(voters.keySet());
        voters.values().forEach(index -> whoVoted.add(meeting.memberId(index)));

        assertNoDocumentLinks(whoVoted);
        assertThat(api.post(ballot + "/close", "", SECRETARIAT).statusCode()).isEqualTo(200);
        assertNoDocumentLinks(whoVoted);
    }

    private void assertNoDocumentLinks(List<String> whoVoted) {
        int read = 0;
        for (String databaseName : store.listDatabaseNames()) {
            MongoDatabase database = store.getDatabase(databaseName);
            for (String collection : database.listCollectionNames()) {
                for (Document document : database.getCollection(collection).find()) {
                    List<String> texts = new ArrayList<>();
                    collect(document, texts);
                    boolean namesAVoter = texts.stream().anyMatch(text -> whoVoted.stream().anyMatch(text::contains));
                    boolean holdsAChoice = texts.stream().anyMatch(text -> CHOICES.stream().anyMatch(choice ->
                            text.equals(choice) || text.contains("\"" + choice + "\"")));
                    assertThat(namesAVoter && holdsAChoice).as("%s.%s: %s", databaseName, collection, document.toJson())
                            .isFalse();
                    read++;
                }
            }
        }
        assertThat(read).as("documents read").isPositive();
    }

    /** Every string in the value, at any depth, field names too; binary fields (kept answers) read as text. */
    private static void collect(Object value, List<String> texts) {
        switch (value) {
            case Document document -> document.forEach((name, field) -> {
                texts.add(name);
                collect(field, texts);
            });
            case List<?> list -> list.forEach(element -> collect(element, texts));
            case Binary binary -> texts.add(new String(binary.getData(), StandardCharsets.UTF_8));
            case String text -> texts.add(text);
            case null, default -> { }
        }
    }
}
