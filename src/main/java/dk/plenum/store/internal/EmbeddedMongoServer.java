package dk.plenum.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.exception.MongoServerError;

/**
 * A MongoDB-compatible server inside this JVM, listening on 127.0.0.1 and keeping its data
 * durably in one H2 file.
 * <p>
 * When the file cannot be written (a full disk), H2 closes the store for good. The server then answers
 * every command with MongoDB's "out of disk space" error and opens the file again, at most once a
 * second, until it can write: service comes back without a restart once there is space. Clients stay
 * connected to the same port throughout, so they never wait for a server to come back.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final long REOPEN_INTERVAL_NANOS = 1_000_000_000L;
    /**
     * Below this much free space the file is not opened: H2 would fill it within a few commits and fail
     * again, and reads (the login's, too) are better refused plainly than served from a store that is
     * about to close.
     */
    static final long MIN_FREE_BYTES = 1024 * 1024;

    private final MongoServer server;
    private final AtomicReference<DurableH2Backend> backend;
    private final Path dataFile;
    private final boolean oplog;
    private volatile long lastReopenAttempt = System.nanoTime();
    private volatile Runnable onReopened = () -> { };

    private EmbeddedMongoServer(DurableH2Backend opened, Path dataFile, boolean oplog) {
        this.backend = new AtomicReference<>(opened);
        this.dataFile = dataFile;
        this.oplog = oplog;
        this.server = new MongoServer(switchableBackend());
    }

    /**
     * Opens (or creates) the data file, checks that it can be written, and starts listening.
     *
     * @param port  0 for a free port
     * @param oplog whether to record an oplog, which change streams need
     * @throws StoreCannotStartException when the data file cannot be opened or written, e.g. on a full disk
     */
    public static EmbeddedMongoServer start(Path dataFile, int port, boolean oplog) {
        createParentDirectories(dataFile);
        DurableH2Backend opened = openWritable(dataFile);
        if (opened == null) {
            StoreCannotStartException cannotStart = new StoreCannotStartException(dataFile, freeBytes(dataFile));
            log.error(cannotStart.getMessage()); // one line, before whatever else fails on the way out
            throw cannotStart;
        }
        EmbeddedMongoServer started = new EmbeddedMongoServer(opened, dataFile, oplog);
        if (oplog) {
            started.server.enableOplog();
        }
        started.server.bind(LOOPBACK, port); // closes the backend itself if binding fails
        log.info("Embedded MongoDB store (demo mode) on {} with data in {}, oplog {}",
                started.address(), dataFile.toAbsolutePath(), oplog ? "on" : "off");
        return started;
    }

    /** Called (on a thread of its own) each time the store was opened again after a failure. */
    void onReopened(Runnable listener) {
        this.onReopened = listener;
    }

    public ConnectionString connectionString(String database) {
        InetSocketAddress address = address();
        return new ConnectionString("mongodb://%s:%d/%s".formatted(address.getHostString(), address.getPort(), database));
    }

    public InetSocketAddress address() {
        return server.getLocalAddress();
    }

    public Path dataFile() {
        return dataFile;
    }

    /** Whether it records an oplog, which change streams need. */
    public boolean hasOplog() {
        return oplog;
    }

    /** How many times the store was committed to its file; fewer than writes when writers share commits. */
    long commits() {
        return backend.get().commits();
    }

    /** Disconnects the clients and closes the data file. */
    @Override
    public void close() {
        server.shutdownNow();
    }

    /** The server's backend: whichever H2 backend is open now, with a failed file reported as a full disk. */
    private MongoBackend switchableBackend() {
        return (MongoBackend) Proxy.newProxyInstance(MongoBackend.class.getClassLoader(),
                new Class<?>[] {MongoBackend.class}, (proxy, method, args) -> {
                    DurableH2Backend current = usableBackend();
                    try {
                        return method.invoke(current, args);
                    } catch (InvocationTargetException failed) {
                        if (current.failed()) {
                            throw unavailable(failed.getCause());
                        }
                        throw failed.getCause();
                    }
                });
    }

    /** The open backend; when it failed, a newly opened one if the file can be written again. */
    private DurableH2Backend usableBackend() {
        DurableH2Backend current = backend.get();
        if (!current.failed() || System.nanoTime() - lastReopenAttempt < REOPEN_INTERVAL_NANOS) {
            return current;
        }
        synchronized (backend) {
            current = backend.get();
            if (!current.failed() || System.nanoTime() - lastReopenAttempt < REOPEN_INTERVAL_NANOS) {
                return current;
            }
            lastReopenAttempt = System.nanoTime();
            DurableH2Backend reopened = openWritable(dataFile);
            if (reopened == null) {
                return current;
            }
            if (oplog) {
                reopened.enableOplog();
            }
            backend.set(reopened);
            current.closeFailed();
            log.warn("Embedded store {} reopened: it can write again", dataFile.toAbsolutePath());
            Thread.ofVirtual().name("store-reopened").start(onReopened);
            return reopened;
        }
    }

    private MongoServerError unavailable(Throwable failure) {
        long free = freeBytes(dataFile);
        log.error("Embedded store {} cannot write its file ({} bytes free): {}", dataFile.toAbsolutePath(), free,
                failure.toString());
        return new MongoServerError(StoreFailureTranslator.OUT_OF_DISK_SPACE, "OutOfDiskSpace",
                "Store unavailable: cannot write " + dataFile.getFileName() + " (" + free + " bytes free on its disk)");
    }

    /** The file opened and proven writable, or null when its disk is (nearly) full or it cannot be written. */
    private static DurableH2Backend openWritable(Path dataFile) {
        long free = freeBytes(dataFile);
        if (free >= 0 && free < MIN_FREE_BYTES) {
            return null;
        }
        DurableH2Backend opened = null;
        try {
            opened = DurableH2Backend.open(dataFile);
            opened.proveWritable();
            return opened;
        } catch (RuntimeException cannotWrite) {
            log.debug("Embedded store {} cannot be opened for writing", dataFile, cannotWrite);
            if (opened != null) {
                opened.closeFailed();
            }
            return null;
        }
    }

    static long freeBytes(Path dataFile) {
        try {
            return Files.getFileStore(dataFile.toAbsolutePath().getParent()).getUsableSpace();
        } catch (IOException unknown) {
            return -1;
        }
    }

    private static void createParentDirectories(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + directory, e);
        }
    }
}
