package dk.plenum.store.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store ({@code plenum.store.*}); ignored when {@code spring.mongodb.uri}
 * points at a real MongoDB.
 *
 * @param port    TCP port on 127.0.0.1; 0 picks a free one
 * @param dataDir directory of the data file, created if missing
 * @param oplog   record an oplog so that change streams work (needed when a second instance
 *                watches the store); the embedded oplog is never trimmed, so it grows the file
 */
@ConfigurationProperties("plenum.store")
public record StoreProperties(
        @DefaultValue("0") int port,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean oplog) {

    static final String DATA_FILE_NAME = "plenum.db";

    Path dataFile() {
        return dataDir.resolve(DATA_FILE_NAME);
    }
}
