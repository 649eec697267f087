package dk.plenum.meeting.internal;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.FullDocument;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.OtherInstancesEvents;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bson.BsonDocument;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Other instances' events from a change stream on the event log: inserts this instance did not write. After
 * an error it resumes after the last event it saw; a follower fetches from the log whatever it could not
 * resume.
 */
@Component
class ChangeStreamEvents implements OtherInstancesEvents {

    private static final Logger log = LoggerFactory.getLogger(ChangeStreamEvents.class);
    /** How long a real MongoDB holds an empty getMore open; also how soon a close is noticed. */
    private static final Duration MAX_AWAIT = Duration.ofMillis(500);
    /** The embedded server answers an empty getMore at once; without a pause the watcher spins a core. */
    private static final Duration IDLE_PAUSE = Duration.ofMillis(10);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    /** The resume token is useless after these (InvalidResumeToken, ChangeStreamFatalError, ...HistoryLost). */
    private static final Set<Integer> RESUME_IMPOSSIBLE = Set.of(260, 280, 286);

    private final MongoTemplate mongo;
    private final MeetingEventDocuments documents;

    ChangeStreamEvents(MongoTemplate mongo, MeetingEventDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    @Override
    public Watch watch(Consumer<MeetingEvent> onEvent, Duration startupWait) {
        ChangeStreamWatch watch = new ChangeStreamWatch(onEvent);
        watch.start(startupWait);
        return watch;
    }

    private final class ChangeStreamWatch implements Watch {

        private final Consumer<MeetingEvent> onEvent;
        private volatile boolean running = true;
        private @Nullable Thread watcher;

        ChangeStreamWatch(Consumer<MeetingEvent> onEvent) {
            this.onEvent = onEvent;
        }

        void start(Duration startupWait) {
            CountDownLatch watching = new CountDownLatch(1);
            watcher = Thread.ofPlatform().name("live-change-stream").daemon().start(() -> watch(watching));
            try {
                if (!watching.await(startupWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("Change stream on {} not open after {}; it keeps trying", MeetingEventDocuments.COLLECTION,
                            startupWait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
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

        private void watch(CountDownLatch watching) {
            try {
                watchUntilStopped(watching);
            } catch (InterruptedException e) {
                // closing
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
                    log.warn("Change stream on {} failed, reopening in {}: {}", MeetingEventDocuments.COLLECTION,
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
                onEvent.accept(documents.read(stored));
            }
        }
    }
}
