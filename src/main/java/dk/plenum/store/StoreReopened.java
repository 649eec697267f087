package dk.plenum.store;

/**
 * The embedded store failed (e.g. its disk was full) and has been opened again. Writes acknowledged
 * without waiting for the journal may be gone, so whatever is rebuilt from the log should be.
 */
public record StoreReopened() {
}
