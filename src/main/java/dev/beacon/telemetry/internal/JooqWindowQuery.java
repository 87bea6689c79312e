package dev.beacon.telemetry.internal;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.RollupPlan;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Merges the rollups of many models over one window in one statement: the window's segments (days, hours,
 * minutes, as {@link RollupPlan} covers it) of every model at once, rows read by position.
 */
@Repository
public class JooqWindowQuery {

    private final DSLContext db;

    JooqWindowQuery(DSLContext db) {
        this.db = db;
    }

    /** Each model's rollups in the segments, merged; models without a row are left out. */
    public Map<ModelId, Aggregate> merged(Collection<ModelId> models, List<RollupPlan.Segment> segments,
                                          Set<Distribution> distributions, Details details) {
        Map<ModelId, Aggregate> merged = new HashMap<>();
        if (models.isEmpty() || segments.isEmpty()) {
            return merged;
        }
        Select<Record> union = null;
        for (RollupPlan.Segment segment : segments) {
            RollupColumns columns = RollupColumns.of(segment.resolution());
            Select<Record> select = db.select(columns.readFields(distributions, details)).from(columns.table)
                    .where(columns.modelId.in(models), columns.bucketStart.ge(segment.from()), columns.bucketStart.lt(segment.to()));
            union = union == null ? select : union.unionAll(select);
        }
        Map<UUID, Aggregate> byUuid = new HashMap<>();
        try (ResultSet rows = union.fetchResultSet()) {
            while (rows.next()) {
                RollupColumns.addTo(byUuid.computeIfAbsent(rows.getObject(1, UUID.class), id -> new Aggregate()), rows, distributions);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading rollups failed", e);
        }
        byUuid.forEach((id, aggregate) -> merged.put(new ModelId(id), aggregate));
        return merged;
    }
}
