package dk.plenum.live.internal;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.FullDocument;
import dk.plenum.meeting.MeetingEventDocuments;
import dk.plenum.store.StoreMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One change stream per instance on the event log: inserts written by other instances sharing the store
 * go to this instance's subscribers (its own were published when they were committed). After an error
 * it resumes after the last event it saw; subscribers fetch from the log whatever it could not resume.
 */
@Component
@EnableConfigurationProperties(LiveProperties.class)
class OtherInstancesChangeStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OtherInstancesChangeStream.class);
    /** How long a real MongoDB holds an empty getMore open; also how soon a stop is noticed. */
    private static final Duration MAX_AWAIT = Duration.ofMillis(500);
    /** The embedded server answers an empty getMore at once; without a pause the watcher spins a core. */
    private static final Duration IDLE_PAUSE = Duration.ofMillis(10);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(10);
    /** The resume token is useless after these (InvalidResumeToken, ChangeStreamFatalError, ...HistoryLost). */
    private static final Set<Integer> RESUME_IMPOSSIBLE = Set.of(260, 280, 286);

    private final MongoTemplate mongo;
    private final MeetingEventDocuments documents;
    private final MeetingFanOut fanOut;
    private final boolean enabled;
    private volatile boolean running;
    private @Nullable Thread watcher;

    OtherInstancesChangeStream(MongoTemplate mongo, MeetingEventDocuments documents, MeetingFanOut fanOut,
            LiveProperties properties, StoreMode store) {
        this.mongo = mongo;
        this.documents = documents;
        this.fanOut = fanOut;
        this.enabled = switch (properties.changeStream()) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> store.changeStreams();
        };
        log.info("Live events of other instances: change stream on {} {} (plenum.live.change-stream={})",
                MeetingEventDocuments.COLLECTION, enabled ? "on" : "off",
                properties.changeStream().name().toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean isAutoStartup() {
        return enabled;
    }

    /** Returns once the stream watches, so that nothing another instance commits after startup is missed. */
    @Override
    public void start() {
        running = true;
        CountDownLatch watching = new CountDownLatch(1);
        watcher = Thread.ofPlatform().name("live-change-stream").daemon().start(() -> watch(watching));
        try {
            if (!watching.await(STARTUP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Live change stream not open after {}; it keeps trying", STARTUP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread stopping = watcher;
        if (stopping != null) {
            try {
                stopping.join(MAX_AWAIT.plus(RETRY_PAUSE).multipliedBy(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void watch(CountDownLatch watching) {
        try {
            watchUntilStopped(watching);
        } catch (InterruptedException e) {
            // stopping
        }
    }

    private void watchUntilStopped(CountDownLatch watching) throws InterruptedException {
        BsonDocument resumeToken = null;
        while (running) {
            try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = open(resumeToken)) {
                watching.countDown();
                while (running) {
                    long asked = System.nanoTime();
                    ChangeStreamDocument<Document> change = cursor.tryNext();
                    if (change != null) {
                        resumeToken = change.getResumeToken(); // first: an event that cannot be read is skipped
                        publishIfFromElsewhere(change.getFullDocument());
                    } else if (System.nanoTime() - asked < IDLE_PAUSE.toNanos()) {
                        Thread.sleep(IDLE_PAUSE);
                    }
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return; // the client is being closed under us on shutdown
                }
                if (e instanceof MongoCommandException command && RESUME_IMPOSSIBLE.contains(command.getErrorCode())) {
                    resumeToken = null;
                }
                log.warn("Live change stream on {} failed, reopening in {}: {}", MeetingEventDocuments.COLLECTION,
                        RETRY_PAUSE, e.toString());
                Thread.sleep(RETRY_PAUSE);
            }
        }
    }

    private MongoChangeStreamCursor<ChangeStreamDocument<Document>> open(@Nullable BsonDocument resumeToken) {
        var stream = mongo.getCollection(MeetingEventDocuments.COLLECTION)
                .watch(List.of(Aggregates.match(Filters.eq("operationType", "insert"))))
                .fullDocument(FullDocument.DEFAULT)
                .maxAwaitTime(MAX_AWAIT.toMillis(), TimeUnit.MILLISECONDS);
        return (resumeToken == null ? stream : stream.resumeAfter(resumeToken)).cursor();
    }

    private void publishIfFromElsewhere(@Nullable Document stored) {
        if (stored != null && !documents.writtenHere(stored)) {
            fanOut.publish(documents.read(stored));
        }
    }
}
