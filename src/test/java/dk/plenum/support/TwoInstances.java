package dk.plenum.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.plenum.PlenumApplication;
import dk.plenum.store.internal.EmbeddedStoreProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Plenum as docker-compose.yml deploys it, on loopback: the embedded store alone in a JVM (over TCP, oplog on, as a
 * real MongoDB's change streams), two instances in JVMs of their own sharing it ({@code PLENUM_INSTANCE_ROUTE} a and
 * b, the first administrator {@value #ADMINISTRATOR} with password {@value #ADMINISTRATOR_PASSWORD}, nginx's
 * forwarded headers honoured), and {@link Nginx} with the shipped configuration in front. Everything, logs included,
 * in one directory. A client is kept on an instance as a browser is, by the instance its session cookie names
 * ({@link #pinnedTo}).
 */
public final class TwoInstances implements AutoCloseable {

    public static final String ADMINISTRATOR = ScriptedMeeting.SECRETARIAT;
    public static final String ADMINISTRATOR_PASSWORD = "demo";

    private final AppProcess store;
    private final AppProcess instanceA;
    private final AppProcess instanceB;
    private final Nginx nginx;

    private TwoInstances(AppProcess store, AppProcess instanceA, AppProcess instanceB, Nginx nginx) {
        this.store = store;
        this.instanceA = instanceA;
        this.instanceB = instanceB;
        this.nginx = nginx;
    }

    /** Starts the store, both instances and nginx in {@code directory}; returns once both instances answer. */
    public static TwoInstances start(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException(cannotCreate);
        }
        AppProcess store = AppProcess.launchMain(EmbeddedStoreProcess.class, directory.resolve("store.log"),
                directory.resolve("store").resolve("plenum.db").toString(), EmbeddedStoreProcess.OPLOG);
        AppProcess instanceA = null;
        AppProcess instanceB = null;
        try {
            int storePort = Integer.parseInt(store.awaitLine(line -> line.startsWith(EmbeddedStoreProcess.READY))
                    .substring(EmbeddedStoreProcess.READY.length()).trim());
            int portA = AppProcess.freePort();
            int portB = AppProcess.freePort();
            instanceA = instance("a", portA, storePort, directory);
            instanceB = instance("b", portB, storePort, directory);
            Nginx nginx = Nginx.start(directory.resolve("nginx"), portA, portB);
            awaitAnswering(instanceA, portA);
            awaitAnswering(instanceB, portB);
            return new TwoInstances(store, instanceA, instanceB, nginx);
        } catch (RuntimeException failed) {
            for (AppProcess started : new AppProcess[] {instanceB, instanceA, store}) {
                if (started != null) {
                    started.process().destroyForcibly();
                }
            }
            throw failed;
        }
    }

    private static AppProcess instance(String route, int port, int storePort, Path directory) {
        return AppProcess.launchMain(PlenumApplication.class, directory.resolve("instance-" + route + ".log"),
                "--server.port=" + port, "--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/plenum",
                "--plenum.instance-route=" + route, "--server.forward-headers-strategy=native",
                "--plenum.admin.username=" + ADMINISTRATOR, "--plenum.admin.password=" + ADMINISTRATOR_PASSWORD);
    }

    private static void awaitAnswering(AppProcess instance, int port) {
        Api direct = new Api(port);
        await("instance on " + port + " answering the administrator").atMost(AppProcess.START_PATIENCE)
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
                    assertThat(instance.process().isAlive()).as("instance alive: " + instance.log()).isTrue();
                    return direct.get("/api/meetings", ADMINISTRATOR).statusCode() == 200;
                });
    }

    public Nginx nginx() {
        return nginx;
    }

    /** Instance a, e.g. to kill it. */
    public AppProcess instanceA() {
        return instanceA;
    }

    /**
     * A session id for nginx's map only ({@code pinned.a}): the instance, finding no such session, makes one of its
     * own (a browser's page) or none (the API, the stream).
     */
    public static String sessionPinnedTo(String route) {
        return "pinned." + route;
    }

    /** The header that keeps a client on instance {@code route} (a or b) while it lives, on the other after. */
    public static Map<String, String> pinnedTo(String route) {
        return Map.of("Cookie", "JSESSIONID=" + sessionPinnedTo(route));
    }

    /** The API through nginx, kept on instance {@code route}. */
    public Api apiOn(String route) {
        return new Api(nginx.port()).withHeader("Cookie", "JSESSIONID=" + sessionPinnedTo(route));
    }

    @Override
    public void close() throws InterruptedException {
        try (store; instanceA; instanceB; nginx) {
            // closed in reverse: nginx, then the instances, then the store
        }
    }
}
