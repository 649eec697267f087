package dk.plenum.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.plenum.PlenumApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The whole application in a JVM of its own, on a data directory the test chooses, so that a test can
 * kill it with SIGKILL, or start it on a full disk, and start it again on the same data. Also any other
 * main class of the test classpath in a JVM of its own ({@link #launchMain}): the store alone, or a
 * second instance that reports what it sees on its output.
 */
public final class AppProcess implements AutoCloseable {

    /** Generous: on a busy 2-core machine a start takes from 10 s to over a minute. */
    public static final Duration START_PATIENCE = Duration.ofMinutes(4);
    private static final int EXIT_CODE_OF_SIGKILL = 128 + 9;
    private static final int NO_PORT = -1;

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The demo accounts (README), created one by one after the web server started. */
    private static final List<String> DEMO_ACCOUNTS = List.of("sekretariat", "mette", "lasse", "kirsten", "thomas",
            "ulla", "nikolaj", "birgitte", "kasper", "anne-mette", "jakob", "pia");

    /** Starts the application and returns once every demo account can log in (the demo data is complete). */
    public static AppProcess start(Path dataDir, Path log) {
        return start(PlenumApplication.class, dataDir, log);
    }

    /**
     * Starts {@code mainClass} (the application, or a test's variant of it) and returns once every demo
     * account can log in.
     */
    public static AppProcess start(Class<?> mainClass, Path dataDir, Path log, String... systemProperties) {
        AppProcess app = launch(mainClass, dataDir, log, systemProperties);
        await("the application in " + log + " answering as sekretariat").atMost(START_PATIENCE)
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> {
                    assertThat(app.process.isAlive()).as("application alive, see " + log).isTrue();
                    Api api = app.api();
                    return DEMO_ACCOUNTS.stream().allMatch(user -> api.get("/api/meetings", user).statusCode() == 200);
                });
        return app;
    }

    /** Starts the application without waiting for it: for a start that is expected to fail. */
    public static AppProcess launch(Class<?> mainClass, Path dataDir, Path log, String... systemProperties) {
        int port = freePort();
        return run(mainClass, port, log, List.of(systemProperties),
                List.of("--server.port=" + port, "--plenum.store.data-dir=" + dataDir));
    }

    /**
     * Starts {@code mainClass} with exactly {@code arguments}, without waiting for it: a JVM that is not the
     * application on a port of its own (the store alone, a second instance on another instance's store). Wait
     * for what it prints with {@link #awaitLine}; write to its standard input through {@link #process()}.
     */
    public static AppProcess launchMain(Class<?> mainClass, Path log, String... arguments) {
        return run(mainClass, NO_PORT, log, List.of(), List.of(arguments));
    }

    private static AppProcess run(Class<?> mainClass, int port, Path log, List<String> jvmOptions,
            List<String> arguments) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xmx768m"));
        String nodeFolder = System.getProperty("vaadin.node.folder");
        if (nodeFolder != null) {
            command.add("-Dvaadin.node.folder=" + nodeFolder);
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()) // a file, not a pipe: a full pipe would stall the other JVM
                    .start();
            return new AppProcess(process, port, log);
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(cannotStart);
        }
    }

    public Api api() {
        if (port == NO_PORT) {
            throw new IllegalStateException("Started with launchMain, on no port of this class's choosing: " + log);
        }
        return new Api(port);
    }

    /**
     * The first line of the process's output that {@code wanted} accepts, once it is there; fails at once if the
     * process ends first. Patient as a start is ({@link #START_PATIENCE}): what comes early on an idle machine
     * can take a minute on a busy one.
     */
    public String awaitLine(Predicate<String> wanted) {
        return await("a line in " + log).atMost(START_PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    assertThat(process.isAlive()).as("process alive, see " + log).isTrue();
                    return Files.readAllLines(log).stream().filter(wanted).findFirst();
                }, Optional::isPresent).orElseThrow();
    }

    /** Waits for the process to end by itself, as patiently as for a start, and returns its exit code. */
    public int awaitExit() throws InterruptedException {
        assertThat(process.waitFor(START_PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("process ended, see " + log)
                .isTrue();
        return process.exitValue();
    }

    public Process process() {
        return process;
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed on the way out. */
    public void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux; the exit code proves it
        assertThat(process.waitFor()).as("exit code of a SIGKILLed process").isEqualTo(EXIT_CODE_OF_SIGKILL);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** A port nothing listens on now, for a process of the test's to take. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new UncheckedIOException(none);
        }
    }
}
