package dev.beacon.bench;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Contribution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Alert evaluation as the scheduler runs it: 1,000 models with 5 rules each and 10 minutes of rollups; the cycle's
 * duration comes from alert_cycle (the evaluator records it). Then the detection delay of a p95 rule (window 5 min,
 * pending 1 min, interval 15 s): from the start of the first minute whose requests breach the threshold to FIRING,
 * with requests reported every 5 seconds as a gateway would.
 */
final class AlertingBenchmark implements Benchmark {

    static final int MODELS = 1_000;
    static final int CYCLES = 5;
    static final Duration TIMEOUT = Duration.ofMinutes(6);

    @Override
    public String name() {
        return "alerting";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        InProcessBeacon beacon = context.beacon();
        long started = System.nanoTime();
        BenchTeam team = BenchTeam.create(beacon, "bench-alerting", MODELS, false);
        IngestionService ingestion = beacon.bean(IngestionService.class);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        List<Contribution> baseline = new ArrayList<>();
        for (BenchTeam.BenchModel model : team.models()) {
            for (int ago = 0; ago <= 10; ago++) {
                baseline.add(new Contribution(model.id(), now.minus(Duration.ofMinutes(ago)), requests(20, 500 * model.speed(), model.contextWindow())));
            }
        }
        ingestion.contribute(baseline, EventSource.API);
        try (Connection connection = beacon.connect()) {
            insertRules(connection, team);
            context.detail(MODELS + " models, " + MODELS * 5 + " rules and " + baseline.size() + " minutes of rollup input in "
                    + Results.seconds(System.nanoTime() - started));
            Instant since = Instant.now();
            Samples cycles = new Samples();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (cycles.count() < CYCLES && System.nanoTime() < deadline) {
                Thread.sleep(1_000);
                cycles = cycleDurations(connection, since);
            }
            context.detail("Scheduled cycles with " + MODELS * 5 + " rules, ms: " + cycles.describe());
            context.results().put("alerting.cycle_ms_1000_models_5_rules", cycles.percentile(0.5), 1);

            BenchTeam.BenchModel watched = team.models().getFirst();
            double delay = detectionDelay(connection, ingestion, watched);
            context.results().put("alerting.detection_delay_s", delay, 1);
        }
    }

    private static Aggregate requests(int count, double latencyMs, int contextWindow) {
        Aggregate aggregate = new Aggregate();
        for (int i = 0; i < count; i++) {
            aggregate.addRequest(latencyMs + i, latencyMs / 5, 400, 120, null, contextWindow);
        }
        return aggregate;
    }

    /** p95 latency, TTFT p95, error rate, context use and requests/min, each over 5 minutes with 1 minute pending. */
    private static void insertRules(Connection connection, BenchTeam team) throws SQLException {
        String[][] rules = {{"LATENCY_P95", "ABOVE", "2000", "5000"}, {"TIME_TO_FIRST_TOKEN_P95", "ABOVE", "1000", "3000"},
                {"ERROR_RATE", "ABOVE", "5", "20"}, {"CONTEXT_UTILIZATION_P95", "ABOVE", "80", "95"},
                {"REQUESTS_PER_MINUTE", "BELOW", "5", "1"}};
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into alert_rule (model_id, metric, comparator, warning_threshold, critical_threshold, window_seconds,
                                        pending_seconds, min_requests, no_data, enabled, notes)
                values (?, ?, ?, ?, ?, 300, 60, 0, 'OK', true, 'benchmark')""")) {
            for (BenchTeam.BenchModel model : team.models()) {
                for (String[] rule : rules) {
                    insert.setObject(1, model.id().value());
                    insert.setString(2, rule[0]);
                    insert.setString(3, rule[1]);
                    insert.setDouble(4, Double.parseDouble(rule[2]));
                    insert.setDouble(5, Double.parseDouble(rule[3]));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static Samples cycleDurations(Connection connection, Instant since) throws SQLException {
        Samples samples = new Samples();
        try (PreparedStatement select = connection.prepareStatement(
                "select duration_ms from alert_cycle where evaluated_at > ? and rules_evaluated >= ? order by cycle_start")) {
            select.setObject(1, java.sql.Timestamp.from(since));
            select.setInt(2, MODELS * 5);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    samples.add(rows.getDouble(1));
                }
            }
        }
        return samples;
    }

    /**
     * From the next minute on, 10 requests of 3 s every 5 seconds (the model's usual is well under 1 s); returns the
     * seconds from that minute's start until the model's p95 rule fires.
     */
    private static double detectionDelay(Connection connection, IngestionService ingestion, BenchTeam.BenchModel model)
            throws SQLException, InterruptedException {
        Instant firstBreach = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), firstBreach).toMillis()));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            ingestion.contribute(List.of(new Contribution(model.id(), minute, requests(10, 3_000, model.contextWindow()))), EventSource.API);
            Instant firing = firingSince(connection, model.id());
            if (firing != null) {
                return Duration.between(firstBreach, firing).toMillis() / 1000.0;
            }
            Thread.sleep(5_000);
        }
        throw new IllegalStateException("The p95 rule did not fire within " + TIMEOUT.toMinutes() + " minutes");
    }

    private static Instant firingSince(Connection connection, ModelId model) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select s.since from alert_state s join alert_rule r using (alert_rule_id)
                where r.model_id = ? and r.metric = 'LATENCY_P95' and s.state = 'FIRING'""")) {
            select.setObject(1, (UUID) model.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getTimestamp(1).toInstant() : null;
            }
        }
    }
}
