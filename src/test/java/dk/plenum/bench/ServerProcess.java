package dk.plenum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The server JVM seen from outside: live heap via {@code jcmd}, CPU time via /proc. Linux only. */
record ServerProcess(long pid, Path jcmd) {

    /** USER_HZ, 100 on every Linux architecture the JDK runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    /** Tomcat's HTTP session: one per Vaadin UI's browser, and none may come from the public page. */
    static final String HTTP_SESSION = "org.apache.catalina.session.StandardSession";

    /** The live heap right after a full GC ({@code GC.class_histogram} collects first). */
    record LiveHeap(long bytes, long httpSessions) {
    }

    long liveHeapBytes() throws IOException, InterruptedException {
        return liveHeap().bytes();
    }

    LiveHeap liveHeap() throws IOException, InterruptedException {
        Process histogram = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        List<String> lines = new String(histogram.getInputStream().readAllBytes()).lines().toList();
        histogram.waitFor();
        // Last line: "Total <instances> <bytes>"
        String[] total = lines.getLast().trim().split("\\s+");
        if (!total[0].equals("Total")) {
            throw new IllegalStateException("Unexpected jcmd output: " + lines.getLast());
        }
        // Class lines: "<rank>: <instances> <bytes> <class name> [(module)]"
        long sessions = lines.stream().map(line -> line.trim().split("\\s+"))
                .filter(columns -> columns.length > 3 && columns[3].equals(HTTP_SESSION))
                .mapToLong(columns -> Long.parseLong(columns[1])).sum();
        return new LiveHeap(Long.parseLong(total[2]), sessions);
    }

    /** User + system CPU time of the process so far, in ms. */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the parenthesised command name; utime and stime are fields 14 and 15, in clock ticks.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }
}
