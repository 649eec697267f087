package dk.plenum.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A MongoDB-compatible server inside this JVM, listening on 127.0.0.1 and keeping its data
 * durably in one H2 file.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final MongoServer server;
    private final DurableH2Backend backend;
    private final Path dataFile;

    private EmbeddedMongoServer(MongoServer server, DurableH2Backend backend, Path dataFile) {
        this.server = server;
        this.backend = backend;
        this.dataFile = dataFile;
    }

    /**
     * Opens (or creates) the data file and starts listening.
     *
     * @param port  0 for a free port
     * @param oplog whether to record an oplog, which change streams need
     */
    public static EmbeddedMongoServer start(Path dataFile, int port, boolean oplog) {
        createParentDirectories(dataFile);
        DurableH2Backend backend = DurableH2Backend.open(dataFile);
        MongoServer server = new MongoServer(backend);
        if (oplog) {
            server.enableOplog();
        }
        server.bind(LOOPBACK, port); // closes the backend itself if binding fails
        EmbeddedMongoServer started = new EmbeddedMongoServer(server, backend, dataFile);
        log.info("Embedded MongoDB store (demo mode) on {} with data in {}, oplog {}",
                started.address(), dataFile.toAbsolutePath(), oplog ? "on" : "off");
        return started;
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

    /** How many times the store was committed to its file; fewer than writes when writers share commits. */
    long commits() {
        return backend.commits();
    }

    /** Disconnects the clients and closes the data file. */
    @Override
    public void close() {
        server.shutdownNow();
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
