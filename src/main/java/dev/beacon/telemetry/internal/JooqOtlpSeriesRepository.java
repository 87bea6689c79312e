package dev.beacon.telemetry.internal;

import dev.beacon.shared.TeamId;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.beacon.jooq.Tables.OTLP_METRIC_SERIES;

/**
 * The last point taken of each OTLP histogram series, shared by all Beacon instances. A request claims its
 * series with row locks, so two instances that get points of the same series at once take them one after
 * the other and never count an interval twice.
 */
@Repository
public class JooqOtlpSeriesRepository {

    private final DSLContext db;

    JooqOtlpSeriesRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Locks the series until the transaction ends (creating rows for new ones) and returns the stored
     * points; a series without one is missing from the map. Must run in a transaction.
     */
    public Map<String, OtlpSeriesState> lock(TeamId team, Collection<String> seriesHashes, Instant now) {
        List<String> hashes = seriesHashes.stream().distinct().sorted().toList(); // one lock order: no deadlocks
        if (hashes.isEmpty()) {
            return Map.of();
        }
        InsertValuesStep3<?, String, TeamId, Instant> claim = db.insertInto(OTLP_METRIC_SERIES,
                OTLP_METRIC_SERIES.SERIES_HASH, OTLP_METRIC_SERIES.TEAM_ID, OTLP_METRIC_SERIES.UPDATED_AT);
        for (String hash : hashes) {
            claim = claim.values(hash, team, now);
        }
        claim.onConflictDoNothing().execute();
        return db.selectFrom(OTLP_METRIC_SERIES)
                .where(OTLP_METRIC_SERIES.SERIES_HASH.in(hashes), OTLP_METRIC_SERIES.TIME_UNIX_NANO.isNotNull())
                .orderBy(OTLP_METRIC_SERIES.SERIES_HASH)
                .forUpdate()
                .fetch(row -> new OtlpSeriesState(row.getSeriesHash(), row.getStartTimeUnixNano(), row.getTimeUnixNano(),
                        row.getPointCount(), row.getPointSum(),
                        Arrays.stream(row.getBucketCounts()).mapToLong(Long::longValue).toArray(),
                        Arrays.stream(row.getExplicitBounds()).mapToDouble(Double::doubleValue).toArray()))
                .stream()
                .collect(Collectors.toMap(OtlpSeriesState::seriesHash, Function.identity()));
    }

    /** Stores the newest point of each series; the rows were created by {@link #lock}. */
    public void save(Collection<OtlpSeriesState> states, Instant now) {
        db.batch(states.stream().map(state -> db.update(OTLP_METRIC_SERIES)
                .set(OTLP_METRIC_SERIES.START_TIME_UNIX_NANO, state.startTimeUnixNano())
                .set(OTLP_METRIC_SERIES.TIME_UNIX_NANO, state.timeUnixNano())
                .set(OTLP_METRIC_SERIES.POINT_COUNT, state.count())
                .set(OTLP_METRIC_SERIES.POINT_SUM, state.sum())
                .set(OTLP_METRIC_SERIES.BUCKET_COUNTS, Arrays.stream(state.bucketCounts()).boxed().toArray(Long[]::new))
                .set(OTLP_METRIC_SERIES.EXPLICIT_BOUNDS, Arrays.stream(state.explicitBounds()).boxed().toArray(Double[]::new))
                .set(OTLP_METRIC_SERIES.UPDATED_AT, now)
                .where(OTLP_METRIC_SERIES.SERIES_HASH.eq(state.seriesHash()))).toList()).execute();
    }

    /** Forgets series no point arrived for since the cutoff; returns how many. */
    public int forgetUnusedSince(Instant cutoff) {
        return db.deleteFrom(OTLP_METRIC_SERIES).where(OTLP_METRIC_SERIES.UPDATED_AT.lt(cutoff)).execute();
    }
}
