package dev.beacon.bench;

import dev.beacon.bench.BenchTeam.BenchModel;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySummary;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Rollup percentiles against the exact ones: p50, p95 and p99 of latency and of time to first token from
 * Beacon's summary (merged rollups) and from the raw rows, for the same model and window; the worst relative
 * error over all of them.
 * <p>
 * "Exact" is the raw value at the rank the sketch estimates: DDSketch's q-quantile is, within 1 %, the value of rank
 * q·(n−1) (rounded down, counting from 0). PostgreSQL's percentile_disc uses the nearest rank ⌈q·n⌉ instead, one
 * higher at times: in a window of a few hundred events the next value of a tail can lie several percent further
 * out, which says nothing about the rollups. Both comparisons are printed; the figure is the first.
 */
final class PercentileAccuracy {

    static final List<Duration> WINDOWS = List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30));
    private static final double[] QUANTILES = {0.5, 0.95, 0.99};
    /** percentile_disc(f) is the value of rank ⌈f·n⌉ − 1: f = (k + ½) / n picks rank k exactly. */
    private static final String EXACT = """
            with e as materialized (
                select latency_ms, ttft_ms from request_event
                where team_id = ? and model_id = ? and occurred_at >= ? and occurred_at < ?),
            c as (select count(*) as n, count(ttft_ms) as m from e),
            q(q) as (values (0.5::float8), (0.95), (0.99)),
            f as (select array_agg((floor(q * (n - 1)) + 0.5) / n order by q) as latency,
                         array_agg((floor(q * (m - 1)) + 0.5) / m order by q) as ttft from q, c)
            select percentile_disc(f.latency) within group (order by latency_ms),
                   percentile_disc(f.ttft) within group (order by ttft_ms),
                   percentile_disc(array[0.5, 0.95, 0.99]) within group (order by latency_ms),
                   percentile_disc(array[0.5, 0.95, 0.99]) within group (order by ttft_ms), count(*)
            from e, f group by f.latency, f.ttft""";

    /**
     * The worst case and where it was.
     *
     * @param nearestRank the worst relative error against percentile_disc's nearest rank instead
     */
    record Worst(double relativeError, String where, double nearestRank) {
    }

    private PercentileAccuracy() {
    }

    static Worst measure(BenchContext context, TelemetryQueryService queries, Connection connection, BenchTeam team,
                         List<BenchModel> models, Instant end) throws SQLException {
        Worst worst = new Worst(0, "none", 0);
        double nearestRankWorst = 0;
        for (Duration window : WINDOWS) {
            double windowWorst = 0;
            double windowNearestRank = 0;
            long events = 0;
            for (BenchModel model : models) {
                Instant from = end.minus(window);
                TelemetrySummary rollups = queries.summary(model.id(), from, end);
                double[] rollup = {rollups.latencyP50Ms(), rollups.latencyP95Ms(), rollups.latencyP99Ms(),
                        rollups.timeToFirstTokenP50Ms(), rollups.timeToFirstTokenP95Ms(), rollups.timeToFirstTokenP99Ms()};
                try (PreparedStatement exact = connection.prepareStatement(EXACT)) {
                    exact.setObject(1, team.id().value());
                    exact.setObject(2, model.id().value());
                    exact.setObject(3, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
                    exact.setObject(4, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
                    try (ResultSet result = exact.executeQuery()) {
                        result.next();
                        double[] truth = concat(floats(result.getArray(1)), floats(result.getArray(2)));
                        double[] nearestRank = concat(floats(result.getArray(3)), floats(result.getArray(4)));
                        events += result.getLong(5);
                        for (int i = 0; i < truth.length; i++) {
                            double error = Math.abs(rollup[i] - truth[i]) / truth[i];
                            windowWorst = Math.max(windowWorst, error);
                            windowNearestRank = Math.max(windowNearestRank, Math.abs(rollup[i] - nearestRank[i]) / nearestRank[i]);
                            if (error > worst.relativeError()) {
                                worst = new Worst(error, (i < 3 ? "latency" : "TTFT") + " p" + Math.round(QUANTILES[i % 3] * 100)
                                        + " over " + window + " of " + model.servedName() + ": rollups " + Results.number(rollup[i], 2)
                                        + " ms, exact " + Results.number(truth[i], 2) + " ms", 0);
                            }
                        }
                    }
                }
            }
            nearestRankWorst = Math.max(nearestRankWorst, windowNearestRank);
            context.detail("Percentiles over the last " + window + " (" + models.size() + " models, " + events
                    + " events): worst relative error " + Results.number(windowWorst, 4) + " (against the nearest rank, "
                    + "percentile_disc: " + Results.number(windowNearestRank, 4) + ")");
        }
        return new Worst(worst.relativeError(), worst.where(), nearestRankWorst);
    }

    private static double[] floats(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = ((Number) values[i]).doubleValue();
        }
        return result;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
