package dk.plenum.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * nginx in front of two instances on loopback, with the configuration that ships for production
 * ({@code deploy/nginx}: {@code nginx.conf}, {@code upstreams.conf}, {@code plenum.conf}). The files are copied into
 * a directory of the test's with only what names a machine rendered: the instances' addresses ({@code plenum-a:8080},
 * {@code plenum-b:8080}), the port nginx listens on ({@code listen 80}), the folder of the included files
 * ({@code /etc/nginx/plenum/}) and that of the pid file and buffers ({@code /tmp/}). A shipped file that no longer
 * holds one of these stops the test, so it never runs on a configuration of its own.
 * <p>
 * nginx runs in the foreground as the current user (as root, nginx gives its workers to {@code nobody}), with its
 * prefix, pid file, buffers and error log ({@code error.log}) in that directory.
 */
public final class Nginx implements AutoCloseable {

    /** Debian's nginx; override with {@code -Dplenum.nginx=/path}. */
    public static final Path EXECUTABLE = Path.of(System.getProperty("plenum.nginx", "/usr/sbin/nginx"));
    private static final Path SHIPPED = Path.of("deploy", "nginx");
    private static final Duration START_PATIENCE = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;

    private Nginx(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Skips the calling test, with one line saying why, where nginx is not installed. */
    public static void assumeInstalled() {
        if (!Files.isExecutable(EXECUTABLE)) {
            String reason = "Two instances behind nginx not tested: no nginx at " + EXECUTABLE
                    + " (apt-get install -y nginx, as .ci/run does)";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
    }

    /** Renders the shipped files for instances on {@code portA} and {@code portB}, starts nginx and waits for it. */
    public static Nginx start(Path directory, int portA, int portB) {
        try {
            Path home = Files.createDirectories(directory).toAbsolutePath();
            Path conf = Files.createDirectories(home.resolve("conf"));
            int port = AppProcess.freePort();
            render(conf, "upstreams.conf", Map.of("plenum-a:8080", "127.0.0.1:" + portA,
                    "plenum-b:8080", "127.0.0.1:" + portB));
            render(conf, "plenum.conf", Map.of("listen 80;", "listen 127.0.0.1:" + port + ";"));
            render(conf, "nginx.conf", Map.of("/etc/nginx/plenum/", conf + "/", "/tmp/", home + "/"));
            Path log = home.resolve("error.log");
            Process process = new ProcessBuilder(EXECUTABLE.toString(), "-p", home + "/",
                    "-c", conf.resolve("nginx.conf").toString(), "-e", log.toString(), "-g", "daemon off;")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Nginx nginx = new Nginx(process, port, log);
            await("nginx listening on " + port + ", see " + log).atMost(START_PATIENCE)
                    .pollInterval(Duration.ofMillis(50)).until(nginx::listening);
            return nginx;
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(cannotStart);
        }
    }

    /**
     * Copies a shipped file, replacing each key by its value, all at once (no value is searched again).
     * Each key must be there.
     */
    private static void render(Path conf, String file, Map<String, String> replacements) throws IOException {
        String text = Files.readString(SHIPPED.resolve(file));
        for (String key : replacements.keySet()) {
            if (!text.contains(key)) {
                throw new IllegalStateException(SHIPPED.resolve(file) + " no longer holds '" + key
                        + "', which the test replaces to run it on this machine: update Nginx.start");
            }
        }
        Pattern keys = Pattern.compile(replacements.keySet().stream().map(Pattern::quote)
                .collect(Collectors.joining("|")));
        Files.writeString(conf.resolve(file), keys.matcher(text)
                .replaceAll(found -> Matcher.quoteReplacement(replacements.get(found.group()))));
    }

    private boolean listening() {
        if (!process.isAlive()) {
            throw new IllegalStateException("nginx ended with " + process.exitValue() + ": " + log());
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    public int port() {
        return port;
    }

    /** Where a browser or client reaches the instances through nginx, e.g. {@code http://localhost:40123}. */
    public String url() {
        return "http://localhost:" + port;
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException unreadable) {
            return "(" + log + " unreadable: " + unreadable + ")";
        }
    }

    /** SIGTERM, nginx's fast shutdown with its workers; whatever is left after that, SIGKILL. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> workers = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        workers.forEach(ProcessHandle::destroyForcibly);
    }
}
