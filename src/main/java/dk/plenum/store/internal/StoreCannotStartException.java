package dk.plenum.store.internal;

import java.nio.file.Path;

/** The embedded store's data file cannot be opened and written, so the application must not start. */
final class StoreCannotStartException extends RuntimeException {

    StoreCannotStartException(Path dataFile, long freeBytes) {
        super("Cannot start: the embedded store cannot write its data file " + dataFile.toAbsolutePath()
                + " (" + freeBytes + " bytes free on its disk; is the disk full?)");
    }
}
