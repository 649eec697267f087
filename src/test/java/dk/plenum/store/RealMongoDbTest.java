package dk.plenum.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import dk.plenum.PlenumApplication;
import dk.plenum.live.LiveProbe;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges.CurrentItemSet;
import dk.plenum.meeting.MeetingChanges.MeetingStarted;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.support.AppProcess;
import dk.plenum.support.RealMongoDb;
import dk.plenum.support.TestMeetings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store-facing paths on a real MongoDB replica set ({@link RealMongoDb}; run with {@code -Pmongodb}): the
 * journal and the projections it writes, GridFS, and a second instance in a JVM of its own following this one's
 * commits through its change stream. Skipped, with one line, where there is neither Docker nor
 * {@code PLENUM_TEST_MONGODB_URI}.
 */
@Tag("real-mongodb")
@ExtendWith(RealMongoDb.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class RealMongoDbTest {

    @DynamicPropertySource
    static void realMongoDb(DynamicPropertyRegistry properties) {
        properties.add("spring.mongodb.uri", RealMongoDb::uri);
        properties.add("spring.mongodb.database", () -> RealMongoDb.DATABASE);
    }

    @Autowired
    MeetingJournal journal;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StoreMode store;

    @TempDir
    Path directory;

    @Test
    void theJournalAppendsReadsAndRebuildsItsProjectionsThere() {
        assertThat(store.changeStreams()).as("a real MongoDB carries change streams").isTrue();
        Meeting scheduled = journal.schedule(TestMeetings.scheduled(), "test");
        journal.append(scheduled.id(), "test", meeting -> new MeetingStarted());
        journal.append(scheduled.id(), "test", meeting -> new CurrentItemSet(TestMeetings.ITEM_ID));

        assertThat(journal.get(scheduled.id()).lastSeq()).isEqualTo(3);
        assertThat(journal.eventsAfter(scheduled.id(), 1)).extracting(MeetingEvent::seq).containsExactly(2L, 3L);
        assertThat(journal.findAll()).extracting(Meeting::id).contains(scheduled.id());
        assertThat(journal.reconcileWithLog()).as("every projection agrees with its log").isZero();
    }

    @Test
    void gridFsKeepsAFileAndGivesItBack() {
        GridFSBucket bucket = GridFSBuckets.create(mongo.getDb(), "bilag");
        byte[] content = "%PDF-1.7 en side".getBytes(StandardCharsets.UTF_8);
        ObjectId id = bucket.uploadFromStream("Notat.pdf", new ByteArrayInputStream(content));
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        bucket.downloadToStream(id, read);

        assertThat(read.toByteArray()).isEqualTo(content);
        bucket.delete(id);
    }

    @Test
    void anotherInstanceFollowsThisOnesCommitsThroughItsChangeStream() throws Exception {
        Path probeLog = directory.resolve("probe.log");
        try (AppProcess probe = AppProcess.launchMain(LiveProbe.class, probeLog, "--server.port=0",
                "--spring.mongodb.uri=" + RealMongoDb.uri(), "--spring.mongodb.database=" + RealMongoDb.DATABASE);
             OutputStream probeStdin = probe.process().getOutputStream()) {
            probe.awaitLine(LiveProbe.READY::equals);
            String meetingId = journal.schedule(TestMeetings.scheduled(), "test").id();
            probeStdin.write((meetingId + "\n").getBytes(StandardCharsets.UTF_8));
            probeStdin.flush();
            probe.awaitLine(line -> line.startsWith(LiveProbe.EVENT + "1 ")); // from the log: the rest can only come live
            journal.append(meetingId, "test", meeting -> new MeetingStarted());
            journal.append(meetingId, "test", meeting -> new CurrentItemSet(TestMeetings.ITEM_ID));

            probe.awaitLine(line -> line.startsWith(LiveProbe.EVENT + "3 "));
        }
    }
}
