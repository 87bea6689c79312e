package dev.beacon.telemetry.internal;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.BucketKey;
import dev.beacon.telemetry.rollup.Contribution;
import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.Resolution;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.beacon.jooq.Tables.ROLLUP_CONTRIBUTION;

/** Writes contributions and rollups; the rollup job is the only writer of the rollup tables. */
@Repository
public class JooqRollupRepository {

    private static final EnumSet<Distribution> ALL = EnumSet.allOf(Distribution.class);

    private final DSLContext db;

    JooqRollupRepository(DSLContext db) {
        this.db = db;
    }

    /** The contribution table's columns in the order {@link #addContributions} writes them. */
    private static final String COPY_CONTRIBUTIONS = "copy " + RollupColumns.CONTRIBUTION.table.getName() + " ("
            + String.join(", ", RollupColumns.CONTRIBUTION.keyAndValueFields().stream().map(Field::getName).toList())
            + ") from stdin (format binary)";

    /** Writes the contributions with one binary COPY (many per ingestion batch: one per model and minute). */
    public void addContributions(List<Contribution> contributions) {
        if (contributions.isEmpty()) {
            return;
        }
        int columnCount = RollupColumns.CONTRIBUTION.keyAndValueFields().size();
        BinaryCopy copy = new BinaryCopy(contributions.size() * 1_024);
        for (Contribution contribution : contributions) {
            copy.row(columnCount).uuid(contribution.model().value()).timestamp(contribution.minute());
            RollupColumns.CONTRIBUTION.values(contribution.aggregate()).values().forEach(copy::value);
        }
        byte[] data = copy.finish();
        db.connection(connection -> BinaryCopy.copy(connection, COPY_CONTRIBUTIONS, data));
    }

    /** Removes up to {@code limit} of the oldest contributions and returns them; the caller's transaction decides. */
    public List<Contribution> takeContributions(int limit) {
        RollupColumns columns = RollupColumns.CONTRIBUTION;
        return db.deleteFrom(ROLLUP_CONTRIBUTION)
                .where(ROLLUP_CONTRIBUTION.CONTRIBUTION_ID.in(DSL.select(ROLLUP_CONTRIBUTION.CONTRIBUTION_ID)
                        .from(ROLLUP_CONTRIBUTION)
                        .orderBy(ROLLUP_CONTRIBUTION.CONTRIBUTION_ID)
                        .limit(limit)
                        .forUpdate().skipLocked()))
                .returning()
                .fetch(row -> {
                    Aggregate aggregate = new Aggregate();
                    columns.addTo(aggregate, row, ALL);
                    return new Contribution(row.getModelId(), row.getBucketStart(), aggregate);
                });
    }

    /**
     * Reads and locks the existing rollup rows of the keys. The keys arrive as two arrays joined on the primary key,
     * one index lookup per key in the partition that holds it; a list of row values ({@code (model, bucket) in (…)})
     * made the planning alone cost more with every day partition (over half a second for 1,000 keys and 30 days).
     */
    public Map<BucketKey, Aggregate> lockAndLoad(Resolution resolution, Collection<BucketKey> keys) {
        Map<BucketKey, Aggregate> existing = new HashMap<>();
        if (keys.isEmpty()) {
            return existing;
        }
        RollupColumns columns = RollupColumns.of(resolution);
        UUID[] models = new UUID[keys.size()];
        OffsetDateTime[] starts = new OffsetDateTime[keys.size()];
        int i = 0;
        for (BucketKey key : keys) {
            models[i] = key.model().value();
            starts[i++] = key.bucketStart().atOffset(ZoneOffset.UTC);
        }
        Table<?> wanted = DSL.table("unnest({0}, {1})", DSL.val(models, SQLDataType.UUID.array()),
                DSL.val(starts, SQLDataType.TIMESTAMPWITHTIMEZONE.array())).as("wanted", "model_id", "bucket_start");
        for (Record row : db.select(columns.table.fields())
                .from(columns.table)
                .join(wanted).on(DSL.condition("{0} = {1} and {2} = {3}", columns.modelId, DSL.field(DSL.name("wanted", "model_id")),
                        columns.bucketStart, DSL.field(DSL.name("wanted", "bucket_start"))))
                .forUpdate().of(columns.table)
                .fetch()) {
            Aggregate aggregate = new Aggregate();
            columns.addTo(aggregate, row, ALL);
            existing.put(new BucketKey(row.get(columns.modelId), row.get(columns.bucketStart)), aggregate);
        }
        return existing;
    }

    /** Writes the rows, replacing what is stored for the same keys. */
    public void upsert(Resolution resolution, Map<BucketKey, Aggregate> rows) {
        if (rows.isEmpty()) {
            return;
        }
        RollupColumns columns = RollupColumns.of(resolution);
        List<Field<?>> fields = new ArrayList<>(List.of(columns.modelId, columns.bucketStart));
        fields.addAll(columns.valueFields());
        InsertValuesStepN<?> insert = db.insertInto(columns.table).columns(fields);
        for (var entry : rows.entrySet()) {
            List<Object> values = new ArrayList<>(List.of(entry.getKey().model(), entry.getKey().bucketStart()));
            values.addAll(columns.values(entry.getValue()).values());
            insert = insert.values(values);
        }
        Map<Field<?>, Field<?>> replacements = new HashMap<>();
        columns.valueFields().forEach(field -> replacements.put(field, DSL.excluded(field)));
        insert.onConflict(columns.modelId, columns.bucketStart).doUpdate().set(replacements).execute();
    }

    /** Forgets the rollups of a deleted model. */
    public void deleteRollups(ModelId model) {
        for (Resolution resolution : Resolution.values()) {
            RollupColumns columns = RollupColumns.of(resolution);
            db.deleteFrom(columns.table).where(columns.modelId.eq(model)).execute();
        }
        db.deleteFrom(ROLLUP_CONTRIBUTION).where(ROLLUP_CONTRIBUTION.MODEL_ID.eq(model)).execute();
    }
}
