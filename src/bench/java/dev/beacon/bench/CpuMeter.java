package dev.beacon.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CPU time used between two points by this JVM (clients and the in-process Beacon) and by the embedded
 * PostgreSQL — its connections' backends apart from its own work (autovacuum, checkpoints, WAL writing, and
 * workers that ended, which the postmaster accounts for). On a 2-core machine the split says where time goes.
 * Reads Linux's /proc; elsewhere PostgreSQL counts as zero.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100;

    private final Path dataDirectory;
    private final long startNanos;
    private final long startJvm;
    private final Map<String, Double> startPostgres;

    private CpuMeter(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.startNanos = System.nanoTime();
        this.startJvm = jvmCpuNanos();
        this.startPostgres = postgresSeconds(dataDirectory);
    }

    static CpuMeter start(Path dataDirectory) {
        return new CpuMeter(dataDirectory);
    }

    /** E.g. "CPU: JVM 31.2 s (1.04 cores, 24.0 µs/event), PostgreSQL 22.0 s (…) of which backends 15.1 s, … in 30.0 s". */
    String describe(long events) {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        double jvm = (jvmCpuNanos() - startJvm) / 1e9;
        Map<String, Double> now = postgresSeconds(dataDirectory);
        Map<String, Double> used = new TreeMap<>();
        now.forEach((kind, seconds) -> used.put(kind, seconds - startPostgres.getOrDefault(kind, 0.0)));
        double postgres = used.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder parts = new StringBuilder();
        used.forEach((kind, seconds) -> parts.append(parts.isEmpty() ? "" : ", ").append(kind).append(' ').append(Results.number(seconds, 1)));
        return "CPU: this JVM " + Results.number(jvm, 1) + " s (" + Results.number(jvm / wall, 2) + " cores, "
                + Results.number(jvm * 1e6 / events, 1) + " µs/event), PostgreSQL " + Results.number(postgres, 1) + " s ("
                + Results.number(postgres / wall, 2) + " cores, " + Results.number(postgres * 1e6 / events, 1) + " µs/event: "
                + parts + ") in " + Results.number(wall, 1) + " s";
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Seconds of CPU by kind of PostgreSQL process, from /proc. */
    private static Map<String, Double> postgresSeconds(Path dataDirectory) {
        Map<String, Double> seconds = new TreeMap<>();
        Optional<ProcessHandle> postmaster = postmaster(dataDirectory);
        if (postmaster.isEmpty()) {
            return seconds;
        }
        long[] own = stat(postmaster.get().pid());
        seconds.merge("postmaster", own[0] / TICKS_PER_SECOND, Double::sum);
        seconds.merge("ended workers", own[1] / TICKS_PER_SECOND, Double::sum);
        for (ProcessHandle child : postmaster.get().children().toList()) {
            seconds.merge(kind(child.pid()), stat(child.pid())[0] / TICKS_PER_SECOND, Double::sum);
        }
        return seconds;
    }

    /**
     * "backends" for connections, else PostgreSQL's own name for the process (autovacuum worker, checkpointer…);
     * "ended backends" for connections that closed but whose process the postmaster has not yet reaped (no title).
     */
    private static String kind(long pid) {
        try {
            String title = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ').strip();
            if (title.isEmpty()) {
                return "ended backends";
            }
            String name = title.startsWith("postgres: ") ? title.substring("postgres: ".length()) : title;
            return name.contains("(") || name.startsWith("postgres ") ? "backends" : name.replaceAll("\\s+\\S*\\d.*$", "").strip();
        } catch (IOException e) {
            return "other";
        }
    }

    /** {utime + stime, cutime + cstime} in clock ticks; zeros once the process is gone. */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17
            return new long[] {Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]) + Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try {
            String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip();
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
