package dk.plenum.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The real MongoDB the tests tagged {@code real-mongodb} run against (profile {@code mongodb}): the one given by
 * {@code PLENUM_TEST_MONGODB_URI} (a replica set, for change streams), else a MongoDB 8 single-node replica set in
 * Docker through Testcontainers, started once per test JVM. With neither, the tests are skipped and one line says
 * why. Each test JVM uses a database of its own ({@link #DATABASE}), so runs never see each other's data.
 */
public final class RealMongoDb implements ExecutionCondition {

    public static final String URI_VARIABLE = "PLENUM_TEST_MONGODB_URI";
    public static final String DATABASE = "plenum-test-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String IMAGE = "mongo:8";

    private static String uri;
    private static String unavailable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = unavailableReason();
        return reason == null ? ConditionEvaluationResult.enabled("real MongoDB at " + uri())
                : ConditionEvaluationResult.disabled(reason);
    }

    /** The connection string, without a database: pass {@link #DATABASE} as {@code spring.mongodb.database}. */
    public static synchronized String uri() {
        if (uri == null && unavailableReason() == null) {
            String given = System.getenv(URI_VARIABLE);
            if (given != null && !given.isBlank()) {
                uri = given;
            } else {
                MongoDBContainer container = new MongoDBContainer(IMAGE);
                container.start(); // stopped with the JVM, by Testcontainers' reaper
                uri = container.getReplicaSetUrl();
            }
        }
        return uri;
    }

    /** Why the tests cannot run here, said once per test JVM; null when they can. */
    private static synchronized String unavailableReason() {
        if (unavailable == null) {
            String given = System.getenv(URI_VARIABLE);
            boolean uriGiven = given != null && !given.isBlank();
            unavailable = uriGiven || dockerAvailable() ? ""
                    : "Real MongoDB tests skipped: no Docker engine here and no " + URI_VARIABLE + " set";
            if (!unavailable.isEmpty()) {
                System.out.println(unavailable);
            }
        }
        return unavailable.isEmpty() ? null : unavailable;
    }

    /** Asks Testcontainers only where a Docker engine may be: without one it logs pages about each place it tried. */
    private static boolean dockerAvailable() {
        boolean maybe = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        return maybe && DockerClientFactory.instance().isDockerAvailable();
    }
}
