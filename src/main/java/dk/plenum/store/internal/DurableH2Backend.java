package dk.plenum.store.internal;

import java.nio.file.Path;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStore.TxCounter;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend made durable and compact: a command is answered only after its
 * changes are in the file ({@link GroupCommitter}) unless it asks for {@code j: false}, the file reuses the space of old versions
 * right away instead of keeping them for 45 s, and documents are stored as BSON ({@link BsonH2Database}).
 * <p>
 * Every client command (OP_MSG and legacy OP_QUERY commands alike) passes through
 * {@link #handleCommand}.
 */
final class DurableH2Backend extends H2Backend {

    private final GroupCommitter committer;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.committer = new GroupCommitter(store);
    }

    static DurableH2Backend open(Path dataFile) {
        MVStore store = new MVStore.Builder()
                .fileName(dataFile.toString())
                .compress()
                .open();
        // H2 keeps freed chunks for 45 s by default, which let the file grow to ~0.8 GB per 20k
        // writes. The setting is not persisted, so it is applied on every open.
        store.setRetentionTime(0);
        return new DurableH2Backend(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return BsonH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        // With retention 0, H2 may overwrite a chunk as soon as no registered version needs it;
        // pin the version this command reads so that its pages stay intact.
        TxCounter readVersion = getMvStore().registerVersionUsage();
        try {
            Document response = super.handleCommand(channel, databaseName, command, query);
            if (!asksNotToWaitForTheJournal(query)) {
                committer.awaitDurable();
            }
            return response;
        } finally {
            getMvStore().deregisterVersionUsage(readVersion);
        }
    }

    /**
     * A write with {@code writeConcern: {j: false}} is answered before its commit, as MongoDB answers it
     * before its journal write: the writer said it can lose it (Plenum's projections, rebuilt from the log).
     * The next durable command's commit takes it along.
     */
    private static boolean asksNotToWaitForTheJournal(Document command) {
        return command.get("writeConcern") instanceof Document writeConcern
                && Boolean.FALSE.equals(writeConcern.get("j"));
    }

    /**
     * Writes and commits a small change, so that a file that cannot be written (a full disk) fails here
     * rather than on the first client's write.
     */
    void proveWritable() {
        MVStore store = getMvStore();
        store.setStoreVersion(store.getStoreVersion() + 1);
        committer.awaitDurable();
        if (store.isClosed()) {
            throw new IllegalStateException("The store closed itself while writing " + store.getFileStore());
        }
    }

    /** H2 closes the store for good when it cannot write its file (a full disk): only opening it again helps. */
    boolean failed() {
        return getMvStore().isClosed();
    }

    /** Lets go of a failed store; H2 already closed its file. */
    void closeFailed() {
        try {
            close();
        } catch (RuntimeException alreadyClosed) {
            // nothing left to release
        }
    }

    long commits() {
        return committer.commits();
    }
}
