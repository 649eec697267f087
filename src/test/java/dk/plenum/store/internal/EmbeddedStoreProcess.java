package dk.plenum.store.internal;

import java.nio.file.Path;

/**
 * Runs the embedded store alone in a JVM, so that a test can kill it. Arguments: the data file.
 * Prints {@value #READY} and the port once clients can connect, then runs until killed.
 */
public final class EmbeddedStoreProcess {

    static final String READY = "READY ";

    private EmbeddedStoreProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMongoServer server = EmbeddedMongoServer.start(Path.of(args[0]), 0, false);
        System.out.println(READY + server.address().getPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}
