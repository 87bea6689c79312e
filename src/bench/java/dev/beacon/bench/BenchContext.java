package dev.beacon.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmarks of one run share: the temporary directory (bench/run deletes it), one Beacon at a time
 * on the durable embedded PostgreSQL in it, the ingestion team and key, and the results.
 */
final class BenchContext implements AutoCloseable {

    private final Path work;
    private final Results results;
    private final List<AutoCloseable> started = new ArrayList<>();
    private InProcessBeacon beacon;
    private BenchTeam ingestTeam;

    BenchContext(Path work, Results results) {
        this.work = work;
        this.results = results;
    }

    Results results() {
        return results;
    }

    /** Beacon's settings for this run: the data directory and log files live in the run's directory. */
    BeaconSettings settings(String logName, boolean logToConsole) {
        return new BeaconSettings(dataDirectory(), work.resolve(logName + ".log"), logToConsole);
    }

    Path work() {
        return work;
    }

    /** The embedded PostgreSQL's data directory (shared by every Beacon of the run, one after the other). */
    Path dataDirectory() {
        return work.resolve("postgres");
    }

    /** The Beacon running in this JVM, started on first use. */
    InProcessBeacon beacon() {
        if (beacon == null) {
            detail("Starting Beacon (production configuration, durable embedded PostgreSQL in " + dataDirectory() + ")");
            beacon = InProcessBeacon.start(settings("beacon", false));
            detail(beacon.describe());
        }
        return beacon;
    }

    /** Stops the in-process Beacon (and with it its PostgreSQL), e.g. so that another JVM can open the data directory. */
    void stopBeacon() {
        if (beacon != null) {
            beacon.close();
            beacon = null;
        }
    }

    /** The team whose models the ingestion benchmarks send for, with its ingestion key; created on first use. */
    BenchTeam ingestTeam() {
        if (ingestTeam == null) {
            ingestTeam = BenchTeam.create(beacon(), "bench-ingest", IngestBenchmark.MODELS, true);
        }
        return ingestTeam;
    }

    /** Something to stop when the run ends, whatever happens. */
    <T extends AutoCloseable> T closeAtEnd(T resource) {
        started.add(resource);
        return resource;
    }

    void detail(String line) {
        System.out.println(line.isEmpty() ? "" : "  " + line);
        System.out.flush();
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable resource : started.reversed()) {
            resource.close();
        }
        stopBeacon();
    }
}
