package dev.beacon.bench;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.TelemetryMetric;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySeries;
import dev.beacon.telemetry.TelemetrySummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a model's dashboard asks Beacon for: the summary over the range and the series of every metric it charts,
 * each with the automatic step — timed server side, as calls of TelemetryQueryService in Beacon's JVM (with its
 * rights check and read-only transaction per call, as the REST API and the UI make them).
 */
final class Dashboard {

    /** Latency p50/p95/p99, TTFT p95, ITL p95, requests/min, tokens/min in and out, error rate, context use p95, tokens/s. */
    static final List<TelemetryMetric> SERIES = List.of(TelemetryMetric.LATENCY_P50_MS, TelemetryMetric.LATENCY_P95_MS,
            TelemetryMetric.LATENCY_P99_MS, TelemetryMetric.TIME_TO_FIRST_TOKEN_P95_MS, TelemetryMetric.INTER_TOKEN_LATENCY_P95_MS,
            TelemetryMetric.REQUESTS_PER_MINUTE, TelemetryMetric.INPUT_TOKENS_PER_MINUTE, TelemetryMetric.OUTPUT_TOKENS_PER_MINUTE,
            TelemetryMetric.ERROR_RATE, TelemetryMetric.CONTEXT_UTILIZATION_P95, TelemetryMetric.OUTPUT_TOKENS_PER_SECOND);

    /** What one load of the dashboard returned, for a sanity check against the raw rows. */
    record Loaded(TelemetrySummary summary, List<TelemetrySeries> series) {
    }

    private final TelemetryQueryService queries;

    Dashboard(TelemetryQueryService queries) {
        this.queries = queries;
    }

    /** Loads it once; call as a user who may see the model. */
    Loaded load(ModelId model, Instant from, Instant to) {
        TelemetrySummary summary = queries.summary(model, from, to);
        List<TelemetrySeries> series = new ArrayList<>(SERIES.size());
        for (TelemetryMetric metric : SERIES) {
            series.add(queries.series(model, metric, from, to, Optional.empty()));
        }
        return new Loaded(summary, series);
    }
}
