package dev.beacon.telemetry.internal;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.Gauge;
import dev.beacon.telemetry.rollup.Resolution;
import dev.beacon.telemetry.rollup.Sketches;
import dev.beacon.telemetry.rollup.Stats;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.beacon.jooq.Tables.ROLLUP_CONTRIBUTION;
import static dev.beacon.jooq.Tables.ROLLUP_DAY;
import static dev.beacon.jooq.Tables.ROLLUP_HOUR;
import static dev.beacon.jooq.Tables.ROLLUP_MINUTE;

/**
 * The columns that hold an {@link Aggregate}, shared by the contribution table and the three rollup
 * tables (they are created alike), and the conversion between the two.
 */
final class RollupColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Stats>> STATS = new TypeReference<>() { };

    static final RollupColumns CONTRIBUTION = new RollupColumns(ROLLUP_CONTRIBUTION);
    static final RollupColumns MINUTE = new RollupColumns(ROLLUP_MINUTE);
    static final RollupColumns HOUR = new RollupColumns(ROLLUP_HOUR);
    static final RollupColumns DAY = new RollupColumns(ROLLUP_DAY);

    final Table<?> table;
    final Field<ModelId> modelId;
    final Field<Instant> bucketStart;
    final Field<Long> requests;
    final Field<Long> errors;
    final Field<JSONB> errorTypes;
    final Field<Long> inputTokens;
    final Field<Long> outputTokens;
    final Field<Long> preemptions;
    final Field<Integer> probesUp;
    final Field<Integer> probesStarting;
    final Field<Integer> probesDown;
    final Field<JSONB> gauges;
    final Field<JSONB> scores;
    final Field<Boolean> bucketed;
    private final Map<Distribution, Field<byte[]>> sketches = new EnumMap<>(Distribution.class);

    private RollupColumns(Table<?> table) {
        this.table = table;
        modelId = table.field(ROLLUP_MINUTE.MODEL_ID);
        bucketStart = table.field(ROLLUP_MINUTE.BUCKET_START);
        requests = table.field(ROLLUP_MINUTE.REQUESTS);
        errors = table.field(ROLLUP_MINUTE.ERRORS);
        errorTypes = table.field(ROLLUP_MINUTE.ERROR_TYPES);
        inputTokens = table.field(ROLLUP_MINUTE.INPUT_TOKENS);
        outputTokens = table.field(ROLLUP_MINUTE.OUTPUT_TOKENS);
        preemptions = table.field(ROLLUP_MINUTE.PREEMPTIONS);
        probesUp = table.field(ROLLUP_MINUTE.PROBES_UP);
        probesStarting = table.field(ROLLUP_MINUTE.PROBES_STARTING);
        probesDown = table.field(ROLLUP_MINUTE.PROBES_DOWN);
        gauges = table.field(ROLLUP_MINUTE.GAUGES);
        scores = table.field(ROLLUP_MINUTE.SCORES);
        bucketed = table.field(ROLLUP_MINUTE.BUCKETED);
        sketches.put(Distribution.LATENCY, table.field(ROLLUP_MINUTE.LATENCY_SKETCH));
        sketches.put(Distribution.TTFT, table.field(ROLLUP_MINUTE.TTFT_SKETCH));
        sketches.put(Distribution.ITL, table.field(ROLLUP_MINUTE.ITL_SKETCH));
        sketches.put(Distribution.GENERATION_SPEED, table.field(ROLLUP_MINUTE.GENERATION_SPEED_SKETCH));
        sketches.put(Distribution.CONTEXT_USE, table.field(ROLLUP_MINUTE.CONTEXT_USE_SKETCH));
        sketches.put(Distribution.QUEUE_TIME, table.field(ROLLUP_MINUTE.QUEUE_TIME_SKETCH));
    }

    static RollupColumns of(Resolution resolution) {
        return switch (resolution) {
            case MINUTE -> MINUTE;
            case HOUR -> HOUR;
            case DAY -> DAY;
        };
    }

    Field<byte[]> sketch(Distribution distribution) {
        return sketches.get(distribution);
    }

    /** The key (model, bucket start) and then {@link #valueFields()}. */
    List<Field<?>> keyAndValueFields() {
        List<Field<?>> fields = new ArrayList<>(List.of(modelId, bucketStart));
        fields.addAll(valueFields());
        return fields;
    }

    /** Every column but the key, in a fixed order. */
    List<Field<?>> valueFields() {
        List<Field<?>> fields = plainFields();
        fields.addAll(sketches.values());
        return fields;
    }

    /** The columns that are not sketches. */
    List<Field<?>> plainFields() {
        return new ArrayList<>(List.of(requests, errors, errorTypes, inputTokens, outputTokens, preemptions,
                probesUp, probesStarting, probesDown, gauges, scores, bucketed));
    }

    /** The aggregate's values for {@link #valueFields()}, in the same order. */
    Map<Field<?>, Object> values(Aggregate aggregate) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(requests, aggregate.requests());
        values.put(errors, aggregate.errors());
        values.put(errorTypes, aggregate.errorTypes().isEmpty() ? null : json(aggregate.errorTypes()));
        values.put(inputTokens, aggregate.inputTokens());
        values.put(outputTokens, aggregate.outputTokens());
        values.put(preemptions, aggregate.preemptions());
        values.put(probesUp, aggregate.probesUp());
        values.put(probesStarting, aggregate.probesStarting());
        values.put(probesDown, aggregate.probesDown());
        values.put(gauges, aggregate.gauges().isEmpty() ? null : json(byKey(aggregate.gauges())));
        values.put(scores, aggregate.scores().isEmpty() ? null : json(aggregate.scores()));
        values.put(bucketed, aggregate.bucketed());
        sketches.forEach((distribution, field) -> {
            var sketch = aggregate.sketch(distribution);
            values.put(field, sketch == null || sketch.isEmpty() ? null : Sketches.encode(sketch));
        });
        return values;
    }

    /** Adds a stored row to the aggregate; only the listed distributions are decoded (they were the ones selected). */
    void addTo(Aggregate aggregate, Record row, Iterable<Distribution> distributions) {
        aggregate.addStored(row.get(requests), row.get(errors), counts(row.get(errorTypes)), row.get(inputTokens),
                row.get(outputTokens), row.get(preemptions), row.get(probesUp), row.get(probesStarting), row.get(probesDown),
                gauges(row.get(gauges)), stats(row.get(scores)), row.get(bucketed));
        for (Distribution distribution : distributions) {
            aggregate.mergeSketch(distribution, row.get(sketches.get(distribution)));
        }
    }

    /**
     * The columns a read selects, in the order {@link #addTo(Aggregate, ResultSet, Set)} reads them: key, plain
     * columns, then one sketch per distribution; those not asked for are selected as null (nothing to send or decode).
     */
    List<Field<?>> readFields(Set<Distribution> distributions, Details details) {
        List<Field<?>> fields = new ArrayList<>(List.of(modelId, bucketStart, requests, errors,
                details.errorTypes() ? errorTypes : nullAs(errorTypes), inputTokens, outputTokens, preemptions, probesUp,
                probesStarting, probesDown, details.gauges() ? gauges : nullAs(gauges), details.scores() ? scores : nullAs(scores),
                bucketed));
        for (Distribution distribution : Distribution.values()) {
            Field<byte[]> sketch = sketches.get(distribution);
            fields.add(distributions.contains(distribution) ? sketch : nullAs(sketch));
        }
        return fields;
    }

    /** The bucket start of a row selected with {@link #readFields}. */
    static Instant bucketStart(ResultSet row) throws SQLException {
        return row.getObject(2, OffsetDateTime.class).toInstant();
    }

    /** Adds a row selected with {@link #readFields} to the aggregate, decoding the sketches of the distributions given. */
    static void addTo(Aggregate aggregate, ResultSet row, Set<Distribution> distributions) throws SQLException {
        aggregate.addStored(row.getLong(3), row.getLong(4), counts(row.getString(5)), row.getLong(6), row.getLong(7),
                row.getLong(8), row.getInt(9), row.getInt(10), row.getInt(11), gauges(row.getString(12)),
                stats(row.getString(13)), row.getBoolean(14));
        Distribution[] all = Distribution.values();
        for (int i = 0; i < all.length; i++) {
            if (distributions.contains(all[i])) {
                aggregate.mergeSketch(all[i], row.getBytes(15 + i));
            }
        }
    }

    private static <T> Field<T> nullAs(Field<T> field) {
        return DSL.castNull(field).as(field.getName());
    }

    private static JSONB json(Object value) {
        return JSONB.valueOf(JSON.writeValueAsString(value));
    }

    private static Map<String, Long> counts(JSONB json) {
        return counts(json == null ? null : json.data());
    }

    private static Map<String, Long> counts(String json) {
        return json == null ? Map.of() : JSON.readValue(json, COUNTS);
    }

    private static Map<String, Stats> stats(JSONB json) {
        return stats(json == null ? null : json.data());
    }

    private static Map<String, Stats> stats(String json) {
        return json == null ? Map.of() : JSON.readValue(json, STATS);
    }

    private static Map<Gauge, Stats> gauges(JSONB json) {
        return gauges(json == null ? null : json.data());
    }

    private static Map<Gauge, Stats> gauges(String json) {
        Map<Gauge, Stats> gauges = new EnumMap<>(Gauge.class);
        stats(json).forEach((key, stats) -> gauges.put(Gauge.ofKey(key), stats));
        return gauges;
    }

    private static Map<String, Stats> byKey(Map<Gauge, Stats> gauges) {
        Map<String, Stats> byKey = new LinkedHashMap<>();
        gauges.forEach((gauge, stats) -> byKey.put(gauge.key(), stats));
        return byKey;
    }
}
