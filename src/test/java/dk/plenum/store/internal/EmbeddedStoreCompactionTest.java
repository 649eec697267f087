package dk.plenum.store.internal;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;

/**
 * The durable store commits for almost every write; with H2's defaults that grew the file to
 * ~2.9 GB per 20k events + 20k projection updates. This checks, on half as many, that it stays small, with the
 * oplog on (its worst case), writing the way the meeting log does: append an event, then update
 * the meeting's projection.
 */
@Tag("slow") // about 50 s on 2 quiet cores; leave out with -DexcludedGroups=slow
// Only a guard against a hang: the test checks the file's size, not speed (4 minutes broke on a loaded machine).
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class EmbeddedStoreCompactionTest {

    private static final int MEETINGS = 4; // one writer each
    /** 10,000 events in all: at H2's defaults that grew the file to ~1.4 GB, seven times the limit. */
    private static final int EVENTS_PER_MEETING = 2_500;
    private static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    private static final int PAYLOAD_LETTERS = 400; // makes an event ~500 bytes

    @TempDir
    Path directory;

    private final AtomicLong largestFile = new AtomicLong();

    @Test
    void tenThousandEventsAndProjectionUpdatesStayUnder200Mb() throws InterruptedException {
        Path dataFile = directory.resolve("plenum.db");
        long started = System.nanoTime();
        long commits;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataFile, 0, true);
             MongoClient client = MongoClients.create(server.connectionString("plenum"))) {
            MongoDatabase database = client.getDatabase("plenum");
            try (ExecutorService writers = Executors.newFixedThreadPool(MEETINGS)) {
                for (int meeting = 0; meeting < MEETINGS; meeting++) {
                    String meetingId = "meeting-" + meeting;
                    writers.execute(() -> writeMeeting(database, meetingId, dataFile));
                }
            }
            commits = server.commits();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int writes = 2 * MEETINGS * EVENTS_PER_MEETING;
        System.out.printf("%d writes in %.1f s (%.0f writes/s), %d commits, largest file %.1f MB, closed file %.1f MB%n",
                writes, seconds, writes / seconds, commits, megabytes(largestFile.get()), megabytes(size(dataFile)));

        assertThat(largestFile.get()).isLessThan(MAX_FILE_BYTES);
        assertThat(size(dataFile)).isLessThan(MAX_FILE_BYTES);
    }

    private void writeMeeting(MongoDatabase database, String meetingId, Path dataFile) {
        MongoCollection<Document> events = database.getCollection("events");
        MongoCollection<Document> meetings = database.getCollection("meetings");
        Random random = new Random(meetingId.hashCode());
        for (int seq = 1; seq <= EVENTS_PER_MEETING; seq++) {
            events.insertOne(new Document("_id", "%s-%08d".formatted(meetingId, seq))
                    .append("meetingId", meetingId)
                    .append("seq", seq)
                    .append("type", "ItemDiscussed")
                    .append("at", Instant.now())
                    .append("actor", "secretariat")
                    .append("payload", new Document("text", randomLetters(random))));
            meetings.updateOne(eq("_id", meetingId),
                    combine(set("lastSeq", seq), inc("eventCount", 1)),
                    new UpdateOptions().upsert(true));
            if (seq % 500 == 0) {
                largestFile.accumulateAndGet(size(dataFile), Math::max);
            }
        }
    }

    /** Random text compresses about as badly as real minutes do, unlike a repeated letter. */
    private static String randomLetters(Random random) {
        StringBuilder text = new StringBuilder(PAYLOAD_LETTERS);
        for (int i = 0; i < PAYLOAD_LETTERS; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
