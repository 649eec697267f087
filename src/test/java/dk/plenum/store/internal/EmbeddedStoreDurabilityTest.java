package dk.plenum.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dk.plenum.support.AppProcess;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the store's JVM with SIGKILL right after a write is acknowledged, while other writes are
 * still in flight, and checks that every acknowledged write is in the file. Repeats the kill on
 * the same file. The time limit is for a hang, not a slow machine: each start may take
 * {@link AppProcess#START_PATIENCE}.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class EmbeddedStoreDurabilityTest {

    private static final int KILLS = 3;
    private static final int ACKNOWLEDGED_PER_KILL = 1_000;
    private static final int WRITERS = 4;
    private static final String PAYLOAD = "x".repeat(400);

    @TempDir
    Path directory;

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    @Test
    void everyAcknowledgedWriteSurvivesKillMinus9() throws Exception {
        Path dataFile = directory.resolve("plenum.db");
        for (int kill = 1; kill <= KILLS; kill++) {
            Path log = directory.resolve("store-" + kill + ".log");
            double seconds;
            try (AppProcess store = AppProcess.launchMain(EmbeddedStoreProcess.class, log, dataFile.toString())) {
                int port = Integer.parseInt(store.awaitLine(line -> line.startsWith(EmbeddedStoreProcess.READY))
                        .substring(EmbeddedStoreProcess.READY.length()).trim());
                long started = System.nanoTime();
                writeUntilKilled(port, store.process(), kill);
                seconds = (System.nanoTime() - started) / 1e9;
                store.kill();
            }

            Set<String> stored = storedIds(dataFile);
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            System.out.printf("kill %d: %d acknowledged in %.1f s (%.0f writes/s), %d stored, %d lost%n",
                    kill, acknowledged.size(), seconds, ACKNOWLEDGED_PER_KILL / seconds, stored.size(), lost.size());
            assertThat(lost).as("acknowledged but lost").isEmpty();
        }
    }

    private void writeUntilKilled(int port, Process store, int kill) throws InterruptedException {
        int target = acknowledged.size() + ACKNOWLEDGED_PER_KILL;
        AtomicInteger acknowledgedCount = new AtomicInteger(acknowledged.size());
        try (MongoClient client = MongoClients.create(settings("mongodb://127.0.0.1:" + port));
             ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
            MongoCollection<Document> documents = client.getDatabase("durability").getCollection("documents");
            for (int writer = 0; writer < WRITERS; writer++) {
                String idPrefix = "kill%d-writer%d-".formatted(kill, writer);
                writers.execute(() -> {
                    for (int i = 0; ; i++) {
                        String id = idPrefix + i;
                        try {
                            documents.insertOne(new Document("_id", id).append("payload", PAYLOAD));
                        } catch (MongoException storeGone) {
                            return;
                        }
                        acknowledged.add(id);
                        if (acknowledgedCount.incrementAndGet() == target) {
                            store.destroyForcibly(); // SIGKILL on Linux; the exit code proves it
                        }
                    }
                });
            }
        }
    }

    private static Set<String> storedIds(Path dataFile) {
        try (EmbeddedMongoServer reopened = EmbeddedMongoServer.start(dataFile, 0, false);
             MongoClient client = MongoClients.create(settings(reopened.connectionString("durability").toString()))) {
            Set<String> ids = new HashSet<>();
            client.getDatabase("durability").getCollection("documents")
                    .find().projection(new Document("_id", 1))
                    .forEach(document -> ids.add(document.getString("_id")));
            return ids;
        }
    }

    private static MongoClientSettings settings(String connectionString) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS))
                .build();
    }
}
