package dev.beacon.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ingestion benchmark again, against Beacon in its own JVM limited to a 512 MB heap (on the same data
 * directory, so the same team and ingestion key): ok when it ran the whole time without an OutOfMemoryError,
 * still serving, and still accepting batches at the end.
 */
final class HeapBenchmark implements Benchmark {

    static final String HEAP = "-Xmx512m";
    static final Duration DURATION = Duration.ofSeconds(30);
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    @Override
    public String name() {
        return "heap";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        BenchTeam team = context.ingestTeam();
        context.stopBeacon();
        Path gcLog = context.work().resolve("heap-gc.log");
        BeaconSettings settings = context.settings("heap-beacon", true);
        context.detail("Starting Beacon in a JVM of its own with " + HEAP);
        ChildBeacon beacon = context.closeAtEnd(ChildBeacon.start(settings, context.work().resolve("heap-beacon.out"),
                List.of(HEAP, "-Xlog:gc:file=" + gcLog)));
        URI base = beacon.awaitReady(Duration.ofMinutes(3));
        LoadClients clients = LoadClients.generate(team, "h", IngestBenchmark.CLIENTS, 3);
        RestLoad.Outcome outcome = RestLoad.run(base.resolve("/api/v1/ingest/events"), team.key(), clients, DURATION);
        IngestBenchmark.report(context, outcome);

        boolean outOfMemory = beacon.log().contains("OutOfMemoryError");
        boolean alive = beacon.isAlive();
        long[] seconds = outcome.acceptedPerSecond();
        // The last entry is the partial second after the deadline; the five before it must all have accepted batches.
        boolean keptAccepting = seconds.length > 6
                && Arrays.stream(seconds, seconds.length - 6, seconds.length - 1).allMatch(accepted -> accepted > 0);
        boolean ok = !outOfMemory && alive && keptAccepting && outcome.failures().isEmpty() && outcome.acceptedEvents() > 0;
        context.detail("Heap: " + heapAfterGc(gcLog) + "; OutOfMemoryError " + (outOfMemory ? "seen" : "none")
                + ", Beacon " + (alive ? "still running" : "gone") + ", accepting to the end " + (keptAccepting ? "yes" : "no"));
        beacon.close();
        context.results().put("heap.ingest_xmx512m", ok ? "ok" : "failed");
    }

    /** The largest heap in use after a collection, from the GC log. */
    private static String heapAfterGc(Path gcLog) {
        try {
            Matcher matcher = GC_HEAP.matcher(java.nio.file.Files.readString(gcLog));
            long max = 0;
            long committed = 0;
            int collections = 0;
            while (matcher.find()) {
                max = Math.max(max, Long.parseLong(matcher.group(2)));
                committed = Math.max(committed, Long.parseLong(matcher.group(3)));
                collections++;
            }
            return collections + " collections, at most " + max + " MB in use after one, heap at most " + committed + " MB";
        } catch (java.io.IOException e) {
            return "no GC log";
        }
    }
}
