package dev.beacon.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;

/**
 * REST batch ingestion against the raw COPY baseline. Four clients post 1,000-event batches to
 * /api/v1/ingest/events for 30 s (after a 5-s warm-up); then the very same batches are copied into request_event
 * over four connections. The table's partitions are emptied (TRUNCATE) before each measured run, so both start
 * from the same state. Rollups run in the background all the while, as in production.
 */
final class IngestBenchmark implements Benchmark {

    static final int MODELS = 10;
    static final int CLIENTS = 4;
    static final Duration WARM_UP = Duration.ofSeconds(5);
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
        truncate(beacon, team);
        RestLoad.Outcome rest = RestLoad.run(beacon.uri("/api/v1/ingest/events"), team.key(), measured, DURATION);
        report(context, rest);

        truncate(beacon, team);
        CopyLoad.replay(beacon::connect, warmUp, warm.acceptedSequences());
        truncate(beacon, team);
        CopyLoad.Outcome copy = CopyLoad.replay(beacon::connect, measured, rest.acceptedSequences());
        context.detail("COPY: the same " + rest.batches() + " batches over " + CLIENTS + " connections, one COPY and commit each: "
                + copy.rows() + " rows in " + Results.seconds(copy.elapsedNanos()) + " = "
                + Results.number(copy.rowsPerSecond(), 0) + " rows/s");

        Results results = context.results();
        results.put("ingest.events_per_second", rest.eventsPerSecond(), 0);
        results.put("ingest.copy_events_per_second", copy.rowsPerSecond(), 0);
        results.put("ingest.ratio_vs_copy", rest.eventsPerSecond() / copy.rowsPerSecond(), 2);
    }

    static void report(BenchContext context, RestLoad.Outcome rest) {
        context.detail("REST: " + rest.acceptedEvents() + " events accepted in " + rest.batches() + " batches in "
                + Results.seconds(rest.elapsedNanos()) + " = " + Results.number(rest.eventsPerSecond(), 0) + " events/s"
                + (rest.duplicates() > 0 ? ", " + rest.duplicates() + " duplicates" : "")
                + (rest.failures().isEmpty() ? ", no failed requests" : ", failed requests " + rest.failures() + ", first: " + rest.firstFailure()));
        context.detail("REST: request time ms " + rest.requestMillis().describe() + "; events/s per second of the run "
                + Arrays.toString(rest.acceptedPerSecond()));
    }

    /** Empties the team's partitions of request_event (they stay; only their rows go). */
    static void truncate(InProcessBeacon beacon, BenchTeam team) throws SQLException {
        try (Connection connection = beacon.connect(); Statement statement = connection.createStatement()) {
            statement.execute("truncate " + team.requestEventPartition());
            statement.execute("checkpoint");
        }
    }
}
