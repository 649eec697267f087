package dk.plenum.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /** The process's CPU time, and the part of it its JIT compiler threads took, both in ms. */
    record CpuTime(long totalMillis, long compilerMillis) {

        CpuTime since(CpuTime earlier) {
            return new CpuTime(totalMillis - earlier.totalMillis, compilerMillis - earlier.compilerMillis);
        }

        /** The compiler's part: a server still compiling its hot code is not the server a meeting runs on. */
        double compilerShare() {
            return totalMillis == 0 ? 0 : (double) compilerMillis / totalMillis;
        }
    }

    /** User + system CPU time of the process so far, in ms. */
    long cpuMillis() throws IOException {
        return millisOf(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /**
     * The CPU time so far, with the HotSpot compiler threads' ("C1 CompilerThre…", "C2 CompilerThre…"). A compiler
     * thread that has ended is not counted; with two cores the JVM keeps one of each.
     */
    CpuTime cpuTime() throws IOException {
        long compilerMillis = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path thread : threads) {
                try {
                    if (Files.readString(thread.resolve("comm")).strip().matches("C[12] Compiler.*")) {
                        compilerMillis += millisOf(thread.resolve("stat"));
                    }
                } catch (NoSuchFileException ended) {
                    // The thread ended while the directory was read.
                }
            }
        }
        return new CpuTime(cpuMillis(), compilerMillis);
    }

    /** User + system CPU time in a /proc {@code stat} file, in ms. */
    private static long millisOf(Path stat) throws IOException {
        String line = Files.readString(stat);
        // Fields after the parenthesised command name; utime and stime are fields 14 and 15, in clock ticks.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }
}
