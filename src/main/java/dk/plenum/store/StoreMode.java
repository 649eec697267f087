package dk.plenum.store;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Which MongoDB store the application runs on. With the embedded store the application is a
 * single-instance demo: the UI can say so.
 *
 * @param embeddedDataFile the embedded store's data file, or {@code null} for an external MongoDB
 * @param changeStreams    whether the store carries change streams, which let instances sharing it hear of
 *                         each other's events: a real MongoDB does, the embedded one only with its oplog on
 */
public record StoreMode(@Nullable Path embeddedDataFile, boolean changeStreams) {

    public static StoreMode embedded(Path dataFile, boolean oplog) {
        return new StoreMode(dataFile, oplog);
    }

    public static StoreMode external() {
        return new StoreMode(null, true);
    }

    public boolean isEmbedded() {
        return embeddedDataFile != null;
    }
}
