package dk.plenum.store.internal;

import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded store's oplog (on when other instances share the store) within its retention: entries older
 * than {@code retention} go, and beyond the newest {@code maxEntries} the oldest go too. mongo-java-server never
 * trims it, and every change-stream poll scans it whole, so untrimmed it grows the file and the live delay without
 * end. An instance whose change stream resumes after a token still in the oplog misses nothing; one that was
 * away longer resumes from the oldest entry left, and its followers fill each meeting's gap from the event log at
 * that meeting's next event.
 * <p>
 * Trims through the driver, as any client would, with {@code j: false}: the deletions need not wait for the file,
 * the next durable write carries them.
 */
final class OplogTrimmer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OplogTrimmer.class);
    private static final Duration LONGEST_INTERVAL = Duration.ofSeconds(10);
    private static final Duration SHORTEST_INTERVAL = Duration.ofMillis(100);

    private final MongoClient client;
    private final MongoCollection<Document> oplog;
    private final Duration retention;
    private final int maxEntries;
    private final ScheduledExecutorService schedule;

    private OplogTrimmer(EmbeddedMongoServer server, Duration retention, int maxEntries) {
        this.client = MongoClients.create(server.connectionString("local"));
        this.oplog = client.getDatabase("local").getCollection("oplog.rs")
                .withWriteConcern(WriteConcern.ACKNOWLEDGED.withJournal(false));
        this.retention = retention;
        this.maxEntries = maxEntries;
        this.schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("store-oplog-trim").factory());
    }

    /** Trims now and then every {@link #interval}: a tenth of the retention, from 100 ms to 10 s. */
    static OplogTrimmer start(EmbeddedMongoServer server, Duration retention, int maxEntries) {
        OplogTrimmer trimmer = new OplogTrimmer(server, retention, maxEntries);
        long every = trimmer.interval().toMillis();
        trimmer.schedule.scheduleWithFixedDelay(trimmer::trimLogged, 0, every, TimeUnit.MILLISECONDS);
        log.info("Embedded store's oplog kept for {} and to its newest {} entries, trimmed every {} ms", retention,
                maxEntries, every);
        return trimmer;
    }

    Duration interval() {
        Duration tenth = retention.dividedBy(10);
        return tenth.compareTo(SHORTEST_INTERVAL) < 0 ? SHORTEST_INTERVAL
                : tenth.compareTo(LONGEST_INTERVAL) > 0 ? LONGEST_INTERVAL : tenth;
    }

    /** @return how many entries went: those older than the retention at {@code now}, then those past the newest. */
    long trim(Instant now) {
        long deleted = oplog.deleteMany(lt("wall", Date.from(now.minus(retention)))).getDeletedCount();
        long beyond = oplog.countDocuments() - maxEntries;
        if (beyond > 0) {
            // The newest of the entries that go: mongo-java-server has no index on ts, so it sorts them all anyway.
            Object lastToGo = null;
            for (Document entry : oplog.find().projection(include("ts")).sort(ascending("ts")).limit((int) beyond)) {
                lastToGo = entry.get("ts");
            }
            deleted += oplog.deleteMany(lte("ts", lastToGo)).getDeletedCount();
        }
        return deleted;
    }

    long entries() {
        return oplog.countDocuments();
    }

    /** A failed trim (a full disk, the store closing) is said and tried again at the next turn. */
    private void trimLogged() {
        try {
            long deleted = trim(Instant.now());
            if (deleted > 0) {
                log.debug("Trimmed {} oplog entries", deleted);
            }
        } catch (RuntimeException failed) {
            log.warn("Embedded store's oplog not trimmed this time: {}", failed.toString());
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
        try {
            schedule.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        client.close();
    }
}
