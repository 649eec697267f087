package dk.plenum.store.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store ({@code plenum.store.*}); ignored when {@code spring.mongodb.uri}
 * points at a real MongoDB.
 *
 * @param port    TCP port on 127.0.0.1; 0 picks a free one
 * @param dataDir directory of the data file, created if missing
 * @param oplog   record an oplog so that change streams work (needed when a second instance
 *                watches the store)
 * @param oplogRetention  how long the oplog keeps an entry: an instance whose change stream was away (restarted,
 *                        cut off) for less resumes without missing an event (see {@link OplogTrimmer})
 * @param oplogMaxEntries the most entries the oplog keeps, however young: a change-stream poll reads the whole
 *                        oplog, so this bounds the live delay under a burst of writes
 */
@ConfigurationProperties("plenum.store")
public record StoreProperties(
        @DefaultValue("0") int port,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean oplog,
        @DefaultValue("10m") Duration oplogRetention,
        @DefaultValue("5000") int oplogMaxEntries) {

    static final String DATA_FILE_NAME = "plenum.db";

    Path dataFile() {
        return dataDir.resolve(DATA_FILE_NAME);
    }
}
