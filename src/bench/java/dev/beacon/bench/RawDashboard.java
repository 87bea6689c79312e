package dev.beacon.bench;

import dev.beacon.bench.BenchTeam.BenchModel;
import dev.beacon.telemetry.TelemetryMetric;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The dashboard's figures computed from raw rows in SQL, exact, as one would without rollups: the summary's counts,
 * token sums and percentiles (percentile_disc) over the range, and every series' figures per step bucket (date_bin),
 * each statement reading the model's rows (the team's partition pruned, the rows found by the (model_id,
 * occurred_at) index). Two ways:
 * <ul>
 * <li>{@link #loadQueryByQuery}: query for query what {@link Dashboard} asks Beacon for — the summary, then one
 *     statement per series — the like-for-like comparison (bench/run's figure);</li>
 * <li>{@link #loadCombined}: the summary and all series' figures in one statement, two in all: the cheapest way from
 *     raw rows, open only to a caller that knows every figure at once (printed as detail).</li>
 * </ul>
 */
final class RawDashboard {

    /** The model's events in the range, with the derived values the rollups keep as distributions. */
    private static final String EVENTS = """
            select occurred_at, latency_ms, ttft_ms, input_tokens, output_tokens, error_type,
                   case when ttft_ms is not null and output_tokens > 1 and latency_ms > ttft_ms
                        then (latency_ms - ttft_ms) / (output_tokens - 1) end as itl_ms,
                   case when output_tokens > 0 and latency_ms > 0 then output_tokens / (latency_ms / 1000.0) end as tokens_per_second,
                   input_tokens::float8 / ? as context_use
            from request_event
            where team_id = ? and model_id = ? and occurred_at >= ? and occurred_at < ?""";

    static final String SUMMARY = "with e as materialized (" + EVENTS + ")\n" + """
            select count(*), count(error_type), sum(input_tokens), sum(output_tokens),
                   percentile_disc(array[0.5, 0.95, 0.99]) within group (order by latency_ms),
                   percentile_disc(array[0.5, 0.95, 0.99]) within group (order by ttft_ms),
                   percentile_disc(array[0.5, 0.95, 0.99]) within group (order by itl_ms),
                   percentile_disc(0.5) within group (order by tokens_per_second),
                   percentile_disc(0.95) within group (order by context_use), max(context_use),
                   (select jsonb_object_agg(error_type, n) from
                       (select error_type, count(*) as n from e where error_type is not null group by error_type) t)
            from e""";

    /** Every series' figures per bucket in one statement. */
    static final String ALL_SERIES = series("""
            count(*), count(error_type), sum(input_tokens), sum(output_tokens),
                   percentile_disc(array[0.5, 0.95, 0.99]) within group (order by latency_ms),
                   percentile_disc(0.95) within group (order by ttft_ms),
                   percentile_disc(0.95) within group (order by itl_ms),
                   percentile_disc(0.95) within group (order by context_use)""");

    /** One series' figure per bucket, as its statement computes it (per-minute rates divided by the step after). */
    static final Map<TelemetryMetric, String> ONE_SERIES = Map.ofEntries(
            Map.entry(TelemetryMetric.LATENCY_P50_MS, series("percentile_disc(0.5) within group (order by latency_ms)")),
            Map.entry(TelemetryMetric.LATENCY_P95_MS, series("percentile_disc(0.95) within group (order by latency_ms)")),
            Map.entry(TelemetryMetric.LATENCY_P99_MS, series("percentile_disc(0.99) within group (order by latency_ms)")),
            Map.entry(TelemetryMetric.TIME_TO_FIRST_TOKEN_P95_MS, series("percentile_disc(0.95) within group (order by ttft_ms)")),
            Map.entry(TelemetryMetric.INTER_TOKEN_LATENCY_P95_MS, series("percentile_disc(0.95) within group (order by itl_ms)")),
            Map.entry(TelemetryMetric.REQUESTS_PER_MINUTE, series("count(*)")),
            Map.entry(TelemetryMetric.INPUT_TOKENS_PER_MINUTE, series("sum(input_tokens)")),
            Map.entry(TelemetryMetric.OUTPUT_TOKENS_PER_MINUTE, series("sum(output_tokens)")),
            Map.entry(TelemetryMetric.ERROR_RATE, series("count(error_type)::float8 / count(*)")),
            Map.entry(TelemetryMetric.CONTEXT_UTILIZATION_P95, series("percentile_disc(0.95) within group (order by context_use)")),
            Map.entry(TelemetryMetric.OUTPUT_TOKENS_PER_SECOND, series("sum(output_tokens)")));

    private RawDashboard() {
    }

    /** The summary, then each series of {@link Dashboard#SERIES} with a statement of its own; returns the series points. */
    static int loadQueryByQuery(Connection connection, BenchTeam team, BenchModel model, Instant from, Instant to, Duration step)
            throws SQLException {
        summary(connection, team, model, from, to);
        int points = 0;
        for (TelemetryMetric metric : Dashboard.SERIES) {
            points += series(connection, ONE_SERIES.get(metric), team, model, from, to, step);
        }
        return points;
    }

    /** The summary and all series' figures in two statements; returns the number of series points. */
    static int loadCombined(Connection connection, BenchTeam team, BenchModel model, Instant from, Instant to, Duration step)
            throws SQLException {
        summary(connection, team, model, from, to);
        return series(connection, ALL_SERIES, team, model, from, to, step);
    }

    private static void summary(Connection connection, BenchTeam team, BenchModel model, Instant from, Instant to)
            throws SQLException {
        try (PreparedStatement summary = connection.prepareStatement(SUMMARY)) {
            bindEvents(summary, 1, team, model, from, to);
            drain(summary);
        }
    }

    private static int series(Connection connection, String sql, BenchTeam team, BenchModel model, Instant from, Instant to,
                              Duration step) throws SQLException {
        try (PreparedStatement series = connection.prepareStatement(sql)) {
            series.setString(1, step.toSeconds() + " seconds");
            bindEvents(series, 2, team, model, from, to);
            return drain(series);
        }
    }

    private static String series(String figures) {
        return "select date_bin(?::interval, occurred_at, timestamptz '1970-01-01') as bucket, " + figures
                + "\nfrom (" + EVENTS + ") e group by 1 order by 1";
    }

    private static void bindEvents(PreparedStatement statement, int first, BenchTeam team, BenchModel model, Instant from, Instant to)
            throws SQLException {
        statement.setDouble(first, model.contextWindow());
        statement.setObject(first + 1, team.id().value());
        statement.setObject(first + 2, model.id().value());
        statement.setObject(first + 3, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        statement.setObject(first + 4, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
    }

    private static int drain(PreparedStatement statement) throws SQLException {
        int rows = 0;
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    result.getObject(column);
                }
                rows++;
            }
        }
        return rows;
    }
}
