package dk.plenum.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The embedded store's oplog, on when instances share the store, is trimmed to its retention (by age and by
 * count), by itself; a change stream resuming after a token within the retention misses nothing.
 */
class OplogTrimmerTest {

    private static final Duration RETENTION = Duration.ofMinutes(10);

    @TempDir
    Path dataDir;

    @Test
    void aChangeStreamResumesWithinTheRetentionAfterTrimsAndTheOplogStaysWithinItsBounds() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir.resolve("plenum.db"), 0, true);
             MongoClient client = MongoClients.create(server.connectionString("plenum"));
             OplogTrimmer trimmer = OplogTrimmer.start(server, RETENTION, 20)) {
            MongoCollection<Document> events = client.getDatabase("plenum").getCollection("events");
            BsonDocument token;
            try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> watching = events.watch().cursor()) {
                insert(events, 0, 10);
                token = IntStream.range(0, 5).mapToObj(n -> watching.next()).toList().getLast().getResumeToken();
            }
            insert(events, 10, 24);

            trimmer.trim(Instant.now());
            assertThat(trimmer.entries()).as("the newest 20 of 24, none too old").isEqualTo(20);
            assertThat(resumedAfter(events, token)).as("resumed within the retention, after the token's own entry")
                    .isEqualTo(IntStream.range(5, 24).boxed().toList());

            insert(events, 12, 500);
            await("trimmed by itself to its newest 20").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50)).until(() -> trimmer.entries() <= 20);

            trimmer.trim(Instant.now().plus(RETENTION).plusSeconds(1));
            assertThat(trimmer.entries()).as("all older than the retention").isZero();
        }
    }

    @Test
    void isOnWithTheOplogOnlyAndTrimsATenthOfTheRetentionApart() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(EmbeddedStoreAutoConfiguration.class))
                .withPropertyValues("plenum.store.data-dir=" + dataDir);

        runner.run(context -> assertThat(context).doesNotHaveBean(OplogTrimmer.class));
        runner.withPropertyValues("plenum.store.oplog=true").run(context -> assertThat(
                context.getBean(OplogTrimmer.class).interval()).isEqualTo(Duration.ofSeconds(10)));
        runner.withPropertyValues("plenum.store.oplog=true", "plenum.store.oplog-retention=30s").run(context ->
                assertThat(context.getBean(OplogTrimmer.class).interval()).isEqualTo(Duration.ofSeconds(3)));
    }

    private static void insert(MongoCollection<Document> events, int from, int to) {
        List<Document> documents = new ArrayList<>();
        IntStream.range(from, to).forEach(n -> documents.add(new Document("n", n)));
        events.insertMany(documents);
    }

    private static List<Integer> resumedAfter(MongoCollection<Document> events, BsonDocument token) {
        List<Integer> seen = new ArrayList<>();
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> resumed = events.watch().resumeAfter(token)
                .maxAwaitTime(10, TimeUnit.MILLISECONDS).cursor()) {
            for (ChangeStreamDocument<Document> change = resumed.tryNext(); change != null; change = resumed.tryNext()) {
                seen.add(change.getFullDocument().getInteger("n"));
            }
        }
        return seen;
    }
}
