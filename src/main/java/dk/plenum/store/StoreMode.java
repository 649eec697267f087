package dk.plenum.store;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Which MongoDB store the application runs on. With the embedded store the application is a
 * single-instance demo: the UI can say so.
 *
 * @param embeddedDataFile the embedded store's data file, or {@code null} for an external MongoDB
 */
public record StoreMode(@Nullable Path embeddedDataFile) {

    public static StoreMode embedded(Path dataFile) {
        return new StoreMode(dataFile);
    }

    public static StoreMode external() {
        return new StoreMode(null);
    }

    public boolean isEmbedded() {
        return embeddedDataFile != null;
    }
}
