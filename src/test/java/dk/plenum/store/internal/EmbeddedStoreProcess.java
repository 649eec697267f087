package dk.plenum.store.internal;

import java.nio.file.Path;

/**
 * Runs the embedded store alone in a JVM, so that a test can kill it, or kill the instances that share it. Arguments:
 * the data file, then {@value #OPLOG} for an oplog (the change streams of instances sharing the store; never trimmed
 * here, which a test's few minutes do not need). Prints {@value #READY} and the port once clients can connect, then
 * runs until killed.
 */
public final class EmbeddedStoreProcess {

    public static final String READY = "READY ";
    public static final String OPLOG = "oplog";

    private EmbeddedStoreProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean oplog = args.length > 1 && OPLOG.equals(args[1]);
        EmbeddedMongoServer server = EmbeddedMongoServer.start(Path.of(args[0]), 0, oplog);
        System.out.println(READY + server.address().getPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}
