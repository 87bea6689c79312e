package dev.beacon.telemetry.rollup;

import com.datadoghq.sketch.ddsketch.DDSketch;
import dev.beacon.telemetry.ProbeState;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Everything known about one model in one time bucket, in a form that merges: counters add up,
 * distributions are sketches, gauges and scores keep min/max/sum/count/last. A contribution from one
 * ingestion batch, one scrape or one probe is an Aggregate; so is a minute, an hour or a day.
 * Mutable on purpose: the ingestion and rollup paths add millions of values, one at a time.
 */
public final class Aggregate {

    private long requests;
    private long errors;
    private final Map<String, Long> errorTypes = new TreeMap<>();
    private long inputTokens;
    private long outputTokens;
    private long preemptions;
    private int probesUp;
    private int probesStarting;
    private int probesDown;
    private final Map<Distribution, DDSketch> sketches = new EnumMap<>(Distribution.class);
    private final Map<Gauge, Stats> gauges = new EnumMap<>(Gauge.class);
    private final Map<String, Stats> scores = new TreeMap<>();
    private boolean bucketed;

    /**
     * Adds one request.
     *
     * @param errorType     null when the request succeeded
     * @param ttftMs        null when unknown
     * @param contextWindow the model's context window in tokens, for the context-use distribution
     */
    public void addRequest(double latencyMs, Double ttftMs, int inputTokens, int outputTokens, String errorType,
                           int contextWindow) {
        requests++;
        if (errorType != null) {
            errors++;
            errorTypes.merge(errorType, 1L, Long::sum);
        }
        this.inputTokens += inputTokens;
        this.outputTokens += outputTokens;
        add(Distribution.LATENCY, latencyMs);
        if (ttftMs != null) {
            add(Distribution.TTFT, ttftMs);
            if (outputTokens > 1 && latencyMs > ttftMs) {
                add(Distribution.ITL, (latencyMs - ttftMs) / (outputTokens - 1));
            }
        }
        if (outputTokens > 0 && latencyMs > 0) {
            add(Distribution.GENERATION_SPEED, outputTokens / (latencyMs / 1000.0));
        }
        if (contextWindow > 0) {
            add(Distribution.CONTEXT_USE, (double) inputTokens / contextWindow);
        }
    }

    /** Counts requests (and their errors) known only as totals, e.g. from a server's counters. */
    public void addRequestCounts(long requests, long errors) {
        this.requests += requests;
        this.errors += errors;
    }

    public void addErrors(String errorType, long count) {
        errors += count;
        errorTypes.merge(errorType, count, Long::sum);
    }

    public void addTokens(long input, long output) {
        inputTokens += input;
        outputTokens += output;
    }

    public void addPreemptions(long count) {
        preemptions += count;
    }

    public void add(Distribution distribution, double value) {
        add(distribution, value, 1);
    }

    /** Adds a value seen {@code count} times, e.g. a histogram bucket; such buckets limit the resolution. */
    public void add(Distribution distribution, double value, double count) {
        if (Double.isFinite(value) && value >= 0 && count > 0) {
            sketches.computeIfAbsent(distribution, d -> Sketches.empty()).accept(value, count);
        }
    }

    /** Marks that some distribution data came from histogram buckets, not from individual values. */
    public void markBucketed() {
        bucketed = true;
    }

    public void addGauge(Gauge gauge, double value, long atMillis) {
        if (Double.isFinite(value)) {
            gauges.merge(gauge, Stats.of(value, atMillis), Stats::merge);
        }
    }

    public void addProbe(ProbeState outcome) {
        switch (outcome) {
            case UP -> probesUp++;
            case STARTING -> probesStarting++;
            case DOWN -> probesDown++;
        }
    }

    public void addScore(String name, double value, long atMillis) {
        scores.merge(name, Stats.of(value, atMillis), Stats::merge);
    }

    public void merge(Aggregate other) {
        requests += other.requests;
        errors += other.errors;
        other.errorTypes.forEach((type, count) -> errorTypes.merge(type, count, Long::sum));
        inputTokens += other.inputTokens;
        outputTokens += other.outputTokens;
        preemptions += other.preemptions;
        probesUp += other.probesUp;
        probesStarting += other.probesStarting;
        probesDown += other.probesDown;
        other.sketches.forEach((distribution, sketch) ->
                sketches.computeIfAbsent(distribution, d -> Sketches.empty()).mergeWith(sketch));
        other.gauges.forEach((gauge, stats) -> gauges.merge(gauge, stats, Stats::merge));
        other.scores.forEach((name, stats) -> scores.merge(name, stats, Stats::merge));
        bucketed |= other.bucketed;
    }

    /** Merges an encoded sketch, as stored in a rollup row. */
    public void mergeSketch(Distribution distribution, byte[] encoded) {
        if (encoded != null) {
            Sketches.mergeInto(sketches.computeIfAbsent(distribution, d -> Sketches.empty()), encoded);
        }
    }

    public OptionalDouble quantile(Distribution distribution, double quantile) {
        DDSketch sketch = sketches.get(distribution);
        return sketch == null || sketch.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(sketch.getValueAtQuantile(quantile));
    }

    public OptionalDouble max(Distribution distribution) {
        DDSketch sketch = sketches.get(distribution);
        return sketch == null || sketch.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(sketch.getMaxValue());
    }

    public boolean isEmpty() {
        return requests == 0 && errors == 0 && inputTokens == 0 && outputTokens == 0 && preemptions == 0
                && probesUp + probesStarting + probesDown == 0 && sketches.isEmpty() && gauges.isEmpty() && scores.isEmpty();
    }

    public long requests() {
        return requests;
    }

    public long errors() {
        return errors;
    }

    public Map<String, Long> errorTypes() {
        return Collections.unmodifiableMap(errorTypes);
    }

    public long inputTokens() {
        return inputTokens;
    }

    public long outputTokens() {
        return outputTokens;
    }

    public long preemptions() {
        return preemptions;
    }

    public int probesUp() {
        return probesUp;
    }

    public int probesStarting() {
        return probesStarting;
    }

    public int probesDown() {
        return probesDown;
    }

    /** The sketch of a distribution, or null when no value was added. */
    public DDSketch sketch(Distribution distribution) {
        return sketches.get(distribution);
    }

    public Map<Gauge, Stats> gauges() {
        return Collections.unmodifiableMap(gauges);
    }

    public Map<String, Stats> scores() {
        return Collections.unmodifiableMap(scores);
    }

    public boolean bucketed() {
        return bucketed;
    }

    /** Adds the plain values read back from storage; distributions are merged with {@link #mergeSketch}. */
    public void addStored(long requests, long errors, Map<String, Long> errorTypes, long inputTokens, long outputTokens,
                        long preemptions, int probesUp, int probesStarting, int probesDown,
                        Map<Gauge, Stats> gauges, Map<String, Stats> scores, boolean bucketed) {
        this.requests += requests;
        this.errors += errors;
        errorTypes.forEach((type, count) -> this.errorTypes.merge(type, count, Long::sum));
        this.inputTokens += inputTokens;
        this.outputTokens += outputTokens;
        this.preemptions += preemptions;
        this.probesUp += probesUp;
        this.probesStarting += probesStarting;
        this.probesDown += probesDown;
        gauges.forEach((gauge, stats) -> this.gauges.merge(gauge, stats, Stats::merge));
        scores.forEach((name, stats) -> this.scores.merge(name, stats, Stats::merge));
        this.bucketed |= bucketed;
    }
}
