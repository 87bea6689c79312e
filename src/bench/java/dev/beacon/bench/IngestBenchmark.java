package dev.beacon.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;

/**
 * REST batch ingestion against the raw COPY baseline. Four clients post 1,000-event batches to
 * /api/v1/ingest/events for 30 s, after a warm-up that lets the JIT compiler settle; then the very same batches
 * are copied into request_event over four connections, in COPY's text and binary formats. The team's partitions
 * are emptied (TRUNCATE, then a CHECKPOINT) before each measured run, so every run starts from the same state.
 * Rollups run in the background all the while, as in production.
 */
final class IngestBenchmark implements Benchmark {

    static final int MODELS = 10;
    static final int CLIENTS = 4;
    static final Duration WARM_UP = Duration.ofSeconds(40);
    static final Duration DURATION = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        InProcessBeacon beacon = context.beacon();
        BenchTeam team = context.ingestTeam();
        LoadClients warmUp = LoadClients.generate(team, "w", CLIENTS, 1);
        LoadClients measured = LoadClients.generate(team, "m", CLIENTS, 2);

        context.detail("REST: " + CLIENTS + " clients, " + LoadClients.BATCH_EVENTS + "-event batches, " + MODELS
                + " models, events in the last " + LoadClients.SPREAD_MILLIS / 1000 + " s; warm-up " + WARM_UP.toSeconds() + " s");
        RestLoad.Outcome warm = RestLoad.run(beacon.uri("/api/v1/ingest/events"), team.key(), warmUp, WARM_UP);
        reset(beacon, team);
        Meters restMeters = Meters.start(context, beacon);
        RestLoad.Outcome rest = RestLoad.run(beacon.uri("/api/v1/ingest/events"), team.key(), measured, DURATION);
        report(context, rest);
        context.detail("REST: " + restMeters.describe(rest.acceptedEvents()));

        CopyLoad.Outcome best = null;
        for (CopyLoad.Format format : CopyLoad.Format.values()) {
            reset(beacon, team);
            CopyLoad.replay(beacon::connect, warmUp, warm.acceptedSequences(), format);
            reset(beacon, team);
            Meters copyMeters = Meters.start(context, beacon);
            CopyLoad.Outcome copy = CopyLoad.replay(beacon::connect, measured, rest.acceptedSequences(), format);
            context.detail("COPY " + format + ": the same " + rest.batches() + " batches over " + CLIENTS
                    + " connections, one COPY and commit each: " + copy.rows() + " rows in " + Results.seconds(copy.elapsedNanos())
                    + " = " + Results.number(copy.rowsPerSecond(), 0) + " rows/s");
            context.detail("COPY " + format + ": " + copyMeters.describe(copy.rows()));
            if (best == null || copy.rowsPerSecond() > best.rowsPerSecond()) {
                best = copy;
            }
        }

        Results results = context.results();
        results.put("ingest.events_per_second", rest.eventsPerSecond(), 0);
        results.put("ingest.copy_events_per_second", best.rowsPerSecond(), 0);
        results.put("ingest.ratio_vs_copy", rest.eventsPerSecond() / best.rowsPerSecond(), 2);
    }

    static void report(BenchContext context, RestLoad.Outcome rest) {
        context.detail("REST: " + rest.acceptedEvents() + " events accepted in " + rest.batches() + " batches in "
                + Results.seconds(rest.elapsedNanos()) + " = " + Results.number(rest.eventsPerSecond(), 0) + " events/s"
                + (rest.duplicates() > 0 ? ", " + rest.duplicates() + " duplicates" : "")
                + (rest.failures().isEmpty() ? ", no failed requests" : ", failed requests " + rest.failures() + ", first: " + rest.firstFailure()));
        context.detail("REST: request time ms " + rest.requestMillis().describe() + "; events/s per second of the run "
                + Arrays.toString(rest.acceptedPerSecond()));
    }

    /** Empties the team's partitions of request_event (they stay; only their rows go) and writes a checkpoint. */
    static void reset(InProcessBeacon beacon, BenchTeam team) throws SQLException {
        try (Connection connection = beacon.connect(); Statement statement = connection.createStatement()) {
            statement.execute("truncate " + team.requestEventPartition());
            statement.execute("checkpoint");
        }
    }

    /** CPU of both processes and the WAL written (what the disk has to take), from one point to another. */
    record Meters(CpuMeter cpu, InProcessBeacon beacon, long walStart) {

        static Meters start(BenchContext context, InProcessBeacon beacon) throws SQLException {
            return new Meters(CpuMeter.start(context.dataDirectory()), beacon, wal(beacon));
        }

        String describe(long events) throws SQLException {
            return cpu.describe(events) + "; WAL " + Results.number((wal(beacon) - walStart) / (double) events, 0) + " bytes/event";
        }

        private static long wal(InProcessBeacon beacon) throws SQLException {
            try (Connection connection = beacon.connect(); Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint")) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
