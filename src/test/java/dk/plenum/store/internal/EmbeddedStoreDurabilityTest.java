package dk.plenum.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
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
 * the same file.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class EmbeddedStoreDurabilityTest {

    private static final int KILLS = 3;
    private static final int ACKNOWLEDGED_PER_KILL = 1_000;
    private static final int WRITERS = 4;
    private static final int EXIT_CODE_OF_SIGKILL = 128 + 9;
    private static final String PAYLOAD = "x".repeat(400);

    @TempDir
    Path directory;

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    @Test
    void everyAcknowledgedWriteSurvivesKillMinus9() throws Exception {
        Path dataFile = directory.resolve("plenum.db");
        for (int kill = 1; kill <= KILLS; kill++) {
            Path log = directory.resolve("store-" + kill + ".log");
            Process store = startStoreProcess(dataFile, log);
            int port = awaitPort(store, log);
            long started = System.nanoTime();
            writeUntilKilled(port, store, kill);
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(store.waitFor()).as("exit code of a SIGKILLed process").isEqualTo(EXIT_CODE_OF_SIGKILL);

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

    private static Process startStoreProcess(Path dataFile, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedStoreProcess.class.getName(), dataFile.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()) // a file, not a pipe: a full pipe would stall the store
                .start();
    }

    /** The port the store process says it is ready on; it must stay alive until then. */
    private static int awaitPort(Process store, Path log) {
        String ready = await("store process ready, see " + log).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50)).until(() -> {
                    assertThat(store.isAlive()).as("store process alive, see " + log).isTrue();
                    return Files.readAllLines(log).stream().filter(line -> line.startsWith(EmbeddedStoreProcess.READY))
                            .findFirst().orElse(null);
                }, line -> line != null);
        return Integer.parseInt(ready.substring(EmbeddedStoreProcess.READY.length()).trim());
    }

    private static MongoClientSettings settings(String connectionString) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS))
                .build();
    }
}
