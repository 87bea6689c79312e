package dev.beacon.telemetry.internal;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static dev.beacon.jooq.Tables.MONITOR_CHECK;

/**
 * Reads what the fleet overview shows for many models at once: one query for the minute rollups of all
 * of them, one for their latest probes, whatever the number of models.
 */
@Repository
public class JooqFleetQuery {

    private final DSLContext db;

    JooqFleetQuery(DSLContext db) {
        this.db = db;
    }

    /**
     * The minute rollups of the models whose minutes start in [from, to), per model and minute; only the
     * listed distributions are read and decoded. Models without data are left out.
     */
    public Map<ModelId, SortedMap<Instant, Aggregate>> minutes(Collection<ModelId> models, Instant from, Instant to,
                                                             Set<Distribution> distributions) {
        Map<ModelId, SortedMap<Instant, Aggregate>> byModel = new HashMap<>();
        if (models.isEmpty()) {
            return byModel;
        }
        RollupColumns columns = RollupColumns.MINUTE;
        List<Field<?>> fields = new ArrayList<>(List.of(columns.modelId, columns.bucketStart));
        fields.addAll(columns.plainFields());
        for (Distribution distribution : Distribution.values()) {
            Field<byte[]> sketch = columns.sketch(distribution);
            fields.add(distributions.contains(distribution) ? sketch : DSL.castNull(sketch).as(sketch.getName()));
        }
        var rows = db.select(fields).from(columns.table)
                .where(columns.modelId.in(models), columns.bucketStart.ge(from), columns.bucketStart.lt(to))
                .fetch();
        for (Record row : rows) {
            Aggregate minute = new Aggregate();
            columns.addTo(minute, row, distributions);
            byModel.computeIfAbsent(row.get(columns.modelId), id -> new TreeMap<>()).put(row.get(columns.bucketStart), minute);
        }
        return byModel;
    }

    /** The latest probe of each model that was ever probed. */
    public Map<ModelId, MonitorCheckRow> lastProbes(Collection<ModelId> models) {
        Map<ModelId, MonitorCheckRow> probes = new HashMap<>();
        if (models.isEmpty()) {
            return probes;
        }
        db.select(MONITOR_CHECK.MODEL_ID, MONITOR_CHECK.CHECKED_AT, MONITOR_CHECK.DURATION_MS, MONITOR_CHECK.OUTCOME,
                        MONITOR_CHECK.ERROR_CLASS, MONITOR_CHECK.DETAIL)
                .from(MONITOR_CHECK)
                .where(MONITOR_CHECK.MODEL_ID.in(models), MONITOR_CHECK.KIND.eq(CheckKind.PROBE.name()))
                .forEach(row -> probes.put(row.value1(),
                        new MonitorCheckRow(row.value2(), row.value3(), row.value4(), row.value5(), row.value6())));
        return probes;
    }
}
