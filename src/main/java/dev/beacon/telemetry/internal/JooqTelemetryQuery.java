package dev.beacon.telemetry.internal;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.ProbeState;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.Resolution;
import dev.beacon.telemetry.rollup.RollupPlan;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.SortedMap;

import static dev.beacon.jooq.Tables.PROBE_RESULT;

/**
 * Reads rollups for summaries and series, decoding only the sketches the caller needs. Rows are read from the JDBC
 * result by position, not as jOOQ records: a dashboard reads thousands of them, and looking fields up by name in
 * each record cost more than reading them.
 */
@Repository
public class JooqTelemetryQuery {

    private final DSLContext db;

    JooqTelemetryQuery(DSLContext db) {
        this.db = db;
    }

    /** Everything in the segments, merged into one aggregate. */
    public Aggregate merged(ModelId model, List<RollupPlan.Segment> segments, Set<Distribution> distributions) {
        Aggregate merged = new Aggregate();
        if (segments.isEmpty()) {
            return merged;
        }
        Select<Record> union = null;
        for (RollupPlan.Segment segment : segments) {
            Select<Record> select = select(RollupColumns.of(segment.resolution()), model, segment.from(), segment.to(), distributions,
                    Details.ALL);
            union = union == null ? select : union.unionAll(select);
        }
        read(union, row -> RollupColumns.addTo(merged, row, distributions));
        return merged;
    }

    /**
     * The rows of one resolution in [from, to), merged per point of the series: a point starts at a
     * multiple of {@code step} since the epoch and holds the rows whose buckets start within it.
     */
    public SortedMap<Instant, Aggregate> points(ModelId model, Resolution resolution, Instant from, Instant to, Duration step,
                                                Set<Distribution> distributions) {
        return points(model, resolution, from, to, step, distributions, Details.ALL);
    }

    /**
     * Like {@link #points(ModelId, Resolution, Instant, Instant, Duration, Set)}, reading of the columns held as JSON
     * (error types, gauges, scores) only those asked for: a series of one metric rarely needs any, and parsing them
     * was a tenth of the time of a dashboard's series.
     */
    public SortedMap<Instant, Aggregate> points(ModelId model, Resolution resolution, Instant from, Instant to, Duration step,
                                                Set<Distribution> distributions, Details details) {
        SortedMap<Instant, Aggregate> points = new TreeMap<>();
        long stepMillis = step.toMillis();
        read(select(RollupColumns.of(resolution), model, from, to, distributions, details), row -> {
            long bucket = RollupColumns.bucketStart(row).toEpochMilli();
            Instant point = Instant.ofEpochMilli(Math.floorDiv(bucket, stepMillis) * stepMillis);
            RollupColumns.addTo(points.computeIfAbsent(point, p -> new Aggregate()), row, distributions);
        });
        return points;
    }

    /** The latest probe of the model since the given time. */
    public Optional<ProbeReading> lastProbe(ModelId model, Instant since) {
        return db.select(PROBE_RESULT.PROBED_AT, PROBE_RESULT.STATE, PROBE_RESULT.LATENCY_MS, PROBE_RESULT.ERROR_CLASS,
                        PROBE_RESULT.DETAIL)
                .from(PROBE_RESULT)
                .where(PROBE_RESULT.MODEL_ID.eq(model), PROBE_RESULT.PROBED_AT.ge(since))
                .orderBy(PROBE_RESULT.PROBED_AT.desc())
                .limit(1)
                .fetchOptional(row -> new ProbeReading(row.value1(), ProbeState.valueOf(row.value2()),
                        row.value3() == null ? null : row.value3().doubleValue(), row.value4(), row.value5()));
    }

    private Select<Record> select(RollupColumns columns, ModelId model, Instant from, Instant to, Set<Distribution> distributions,
                                  Details details) {
        return db.select(columns.readFields(distributions, details)).from(columns.table)
                .where(columns.modelId.eq(model), columns.bucketStart.ge(from), columns.bucketStart.lt(to));
    }

    /** A row of the result, read by position. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void read(Select<Record> select, RowReader reader) {
        try (ResultSet rows = select.fetchResultSet()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading rollups failed", e);
        }
    }
}
