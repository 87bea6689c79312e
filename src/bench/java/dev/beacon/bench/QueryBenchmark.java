package dev.beacon.bench;

import dev.beacon.bench.BenchTeam.BenchModel;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.rollup.SeriesStep;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A model's 30-day dashboard from rollups against the same figures from raw rows, on 10 million events of
 * 20 models over 30 days; and how close rollup percentiles come to the exact ones.
 */
final class QueryBenchmark implements Benchmark {

    static final int MODELS = 20;
    static final long EVENTS_PER_MODEL = 500_000;
    static final Duration SPAN = Duration.ofDays(30);
    /** Dashboard loads: every model this many times (after one warm-up round), for the p95. */
    static final int DASHBOARD_ROUNDS = 5;
    /** Raw loads: this many models once each, both ways (after one warm-up load): each takes seconds. */
    static final int RAW_LOADS = 8;
    static final int ACCURACY_MODELS = 5;
    /** The rollup job merges the data set's 864,000 contributions in about a minute; a broken one must not hang the run. */
    static final Duration ROLLUP_TIMEOUT = Duration.ofMinutes(8);

    @Override
    public String name() {
        return "query";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        InProcessBeacon beacon = context.beacon();
        BenchTeam team = BenchTeam.create(beacon, "bench-query", MODELS, false);
        Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);

        long started = System.nanoTime();
        long events = new QueryData(beacon, team, end, SPAN, EVENTS_PER_MODEL).load();
        context.detail("Loaded " + events + " raw events of " + MODELS + " models over " + SPAN.toDays() + " days in "
                + Results.seconds(System.nanoTime() - started) + " (COPY, contributions by IngestionService)");
        started = System.nanoTime();
        awaitRollups(beacon);
        context.detail("The rollup job had merged every contribution " + Results.seconds(System.nanoTime() - started) + " later");
        try (Connection connection = beacon.connect(); Statement statement = connection.createStatement()) {
            started = System.nanoTime();
            statement.execute("vacuum (analyze) " + team.requestEventPartition());
            statement.execute("analyze rollup_minute, rollup_hour, rollup_day");
            context.detail("VACUUM ANALYZE of the raw partitions took " + Results.seconds(System.nanoTime() - started));
        }

        Instant to = Instant.now();
        Instant from = to.minus(SPAN);
        Dashboard dashboard = new Dashboard(beacon.bean(TelemetryQueryService.class));
        Samples dashboards = beacon.asAdmin(() -> {
            Samples samples = new Samples();
            for (int round = 0; round <= DASHBOARD_ROUNDS; round++) {
                for (BenchModel model : team.models()) {
                    long start = System.nanoTime();
                    dashboard.load(model.id(), from, to);
                    if (round > 0) {
                        samples.add((System.nanoTime() - start) / 1e6);
                    }
                }
            }
            return samples;
        });
        context.detail("Dashboard from rollups (summary + " + Dashboard.SERIES.size() + " series, 30 days, step "
                + step(from, to) + "), ms: " + dashboards.describe());

        Duration step = step(from, to);
        Instant seriesFrom = Instant.ofEpochMilli(Math.floorDiv(from.toEpochMilli(), step.toMillis()) * step.toMillis());
        Samples raw = new Samples();
        Samples rawCombined = new Samples();
        try (Connection connection = beacon.connect()) {
            List<BenchModel> models = team.models();
            for (int i = 0; i <= RAW_LOADS; i++) {
                BenchModel model = models.get(i % models.size());
                long start = System.nanoTime();
                RawDashboard.loadQueryByQuery(connection, team, model, seriesFrom, to, step);
                long between = System.nanoTime();
                RawDashboard.loadCombined(connection, team, model, seriesFrom, to, step);
                if (i > 0) {
                    raw.add((between - start) / 1e6);
                    rawCombined.add((System.nanoTime() - between) / 1e6);
                }
            }
        }
        context.detail("The same queries from raw rows (summary + a statement per series, percentile_disc), ms: " + raw.describe());
        context.detail("All figures from raw rows in two statements (summary, all series at once), ms: " + rawCombined.describe()
                + " = " + Results.number(rawCombined.percentile(0.95) / dashboards.percentile(0.95), 1) + " times the dashboard's p95");

        PercentileAccuracy.Worst worst;
        try (Connection connection = beacon.connect()) {
            List<BenchModel> sample = team.models().subList(0, ACCURACY_MODELS);
            worst = beacon.asAdmin(() -> {
                try {
                    return PercentileAccuracy.measure(context, beacon.bean(TelemetryQueryService.class), connection, team, sample, end);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        context.detail("Worst: " + worst.where() + "; against the nearest rank the worst is " + Results.number(worst.nearestRank(), 4));

        Results results = context.results();
        double dashboardP95 = dashboards.percentile(0.95);
        double rawP95 = raw.percentile(0.95);
        results.put("query.dashboard_p95_ms", dashboardP95, 1);
        results.put("query.raw_p95_ms", rawP95, 1);
        results.put("query.speedup_vs_raw", rawP95 / dashboardP95, 1);
        results.put("percentile.max_relative_error", worst.relativeError(), 4);
    }

    private static Duration step(Instant from, Instant to) {
        return SeriesStep.choose(from, to, Optional.empty(), SeriesStep.DEFAULT_MAX_POINTS);
    }

    /** Waits until the rollup job (scheduled, as in production) has merged every contribution. */
    private static void awaitRollups(InProcessBeacon beacon) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + ROLLUP_TIMEOUT.toNanos();
        try (Connection connection = beacon.connect(); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet result = statement.executeQuery("select count(*) from rollup_contribution")) {
                    result.next();
                    long left = result.getLong(1);
                    if (left == 0) {
                        return;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("The rollup job still had " + left + " contributions to merge after "
                                + ROLLUP_TIMEOUT.toMinutes() + " minutes; see Beacon's log");
                    }
                }
                Thread.sleep(500);
            }
        }
    }
}
