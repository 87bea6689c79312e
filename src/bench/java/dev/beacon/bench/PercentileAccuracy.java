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
 * Beacon's summary (merged rollups) and from percentile_disc over the raw rows, for the same model and window;
 * the worst relative error over all of them.
 */
final class PercentileAccuracy {

    static final List<Duration> WINDOWS = List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30));
    private static final double[] QUANTILES = {0.5, 0.95, 0.99};
    private static final String EXACT = """
            select percentile_disc(array[0.5, 0.95, 0.99]) within group (order by latency_ms),
                   percentile_disc(array[0.5, 0.95, 0.99]) within group (order by ttft_ms), count(*)
            from request_event where team_id = ? and model_id = ? and occurred_at >= ? and occurred_at < ?""";

    /** The worst case and where it was. */
    record Worst(double relativeError, String where) {
    }

    private PercentileAccuracy() {
    }

    static Worst measure(BenchContext context, TelemetryQueryService queries, Connection connection, BenchTeam team,
                         List<BenchModel> models, Instant end) throws SQLException {
        Worst worst = new Worst(0, "none");
        for (Duration window : WINDOWS) {
            double windowWorst = 0;
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
                        events += result.getLong(3);
                        for (int i = 0; i < truth.length; i++) {
                            double error = Math.abs(rollup[i] - truth[i]) / truth[i];
                            windowWorst = Math.max(windowWorst, error);
                            if (error > worst.relativeError()) {
                                worst = new Worst(error, (i < 3 ? "latency" : "TTFT") + " p" + Math.round(QUANTILES[i % 3] * 100)
                                        + " over " + window + " of " + model.servedName() + ": rollups " + Results.number(rollup[i], 2)
                                        + " ms, exact " + Results.number(truth[i], 2) + " ms");
                            }
                        }
                    }
                }
            }
            context.detail("Percentiles over the last " + window + " (" + models.size() + " models, " + events
                    + " events): worst relative error " + Results.number(windowWorst, 4));
        }
        return worst;
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
