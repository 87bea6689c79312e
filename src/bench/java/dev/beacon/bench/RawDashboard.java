package dev.beacon.bench;

import dev.beacon.bench.BenchTeam.BenchModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The dashboard's figures computed from raw rows in SQL, exact, as one would without rollups: the summary's
 * counts, token sums and percentiles (percentile_disc) over the range, and every series' figures per step bucket
 * (date_bin). Two statements, each reading the model's rows once — the cheapest honest way to get them from
 * request_event (the team's partition pruned, the model's rows found by the (model_id, occurred_at) index).
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

    static final String SERIES = "select date_bin(?::interval, occurred_at, timestamptz '1970-01-01') as bucket,\n" + """
                   count(*), count(error_type), sum(input_tokens), sum(output_tokens),
                   percentile_disc(array[0.5, 0.95, 0.99]) within group (order by latency_ms),
                   percentile_disc(0.95) within group (order by ttft_ms),
                   percentile_disc(0.95) within group (order by itl_ms),
                   percentile_disc(0.95) within group (order by context_use)
            from (""" + EVENTS + ") e group by 1 order by 1";

    private RawDashboard() {
    }

    /** Runs both statements and reads all they return; returns the number of series points. */
    static int load(Connection connection, BenchTeam team, BenchModel model, Instant from, Instant to, Duration step)
            throws SQLException {
        try (PreparedStatement summary = connection.prepareStatement(SUMMARY)) {
            bindEvents(summary, 1, team, model, from, to);
            drain(summary);
        }
        try (PreparedStatement series = connection.prepareStatement(SERIES)) {
            series.setString(1, step.toSeconds() + " seconds");
            bindEvents(series, 2, team, model, from, to);
            return drain(series);
        }
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
