package dev.beacon.alerting;

import dev.beacon.registry.ModelEntry;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.telemetry.TelemetryMetric;
import dev.beacon.telemetry.WindowReading;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule watches, each mapped onto the telemetry module's figures, in the unit people set thresholds in
 * (milliseconds, percent…). Some metrics only exist for some models: queue depth and KV-cache use come only from
 * Prometheus scrapes of runtimes that report them, probe failures only from health probes — a rule on a metric
 * the model cannot have is refused ({@link #unavailableFor}).
 */
public enum AlertMetric {
    LATENCY_P50("Latency p50", "ms", TelemetryMetric.LATENCY_P50_MS, 1, true),
    LATENCY_P95("Latency p95", "ms", TelemetryMetric.LATENCY_P95_MS, 1, true),
    LATENCY_P99("Latency p99", "ms", TelemetryMetric.LATENCY_P99_MS, 1, true),
    TIME_TO_FIRST_TOKEN_P95("Time to first token p95", "ms", TelemetryMetric.TIME_TO_FIRST_TOKEN_P95_MS, 1, true),
    INTER_TOKEN_LATENCY_P95("Inter-token latency p95", "ms", TelemetryMetric.INTER_TOKEN_LATENCY_P95_MS, 1, true),
    OUTPUT_TOKENS_PER_SECOND("Output tokens/s", "tokens/s", TelemetryMetric.OUTPUT_TOKENS_PER_SECOND, 1, false),
    REQUESTS_PER_MINUTE("Requests/min", "requests/min", TelemetryMetric.REQUESTS_PER_MINUTE, 1, false),
    ERROR_RATE("Error rate", "%", TelemetryMetric.ERROR_RATE, 100, true),
    PROBE_FAILURES("Health-probe failures", "probes", null, 1, false),
    CONTEXT_UTILIZATION_P95("Context-window use p95", "%", TelemetryMetric.CONTEXT_UTILIZATION_P95, 100, true),
    EVAL_SCORE("Evaluation score", "", null, 1, false),
    QUEUE_DEPTH("Queue depth (average)", "requests", TelemetryMetric.QUEUE_DEPTH_AVG, 1, false),
    KV_CACHE_USAGE("KV-cache use (average)", "%", TelemetryMetric.KV_CACHE_USAGE_AVG, 100, false);

    private static final Set<ModelRuntime> REPORT_QUEUE_DEPTH = EnumSet.of(ModelRuntime.VLLM, ModelRuntime.TGI, ModelRuntime.LLAMA_CPP);
    private static final Set<ModelRuntime> REPORT_KV_CACHE = EnumSet.of(ModelRuntime.VLLM, ModelRuntime.LLAMA_CPP);

    private final String label;
    private final String unit;
    private final TelemetryMetric telemetry;
    private final double scale;
    private final boolean countsRequests;

    AlertMetric(String label, String unit, TelemetryMetric telemetry, double scale, boolean countsRequests) {
        this.label = label;
        this.unit = unit;
        this.telemetry = telemetry;
        this.scale = scale;
        this.countsRequests = countsRequests;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** The telemetry figure behind the metric; empty for probe failures and scores, which are read otherwise. */
    public Optional<TelemetryMetric> telemetry() {
        return Optional.ofNullable(telemetry);
    }

    /** Telemetry figures are multiplied by this to give the metric's unit (ratios become percent). */
    public double scale() {
        return scale;
    }

    /**
     * Whether the metric is computed from requests, so that a rule's minimum number of requests applies
     * (a p95 of three requests says little). Gauges, probes, scores and throughput ignore the minimum.
     */
    public boolean countsRequests() {
        return countsRequests;
    }

    /**
     * The metric's value in a window, or null when the window holds none: no data at all, fewer requests than
     * {@code minRequests} for a metric computed from requests, no probe, or no such score.
     */
    public Double valueIn(WindowReading reading, int minRequests, String scoreName) {
        if (reading == null) {
            return null;
        }
        if (countsRequests && reading.requests() < Math.max(1, minRequests)) {
            return null;
        }
        return switch (this) {
            case PROBE_FAILURES -> reading.probes() == 0 ? null : (double) reading.probesNotUp();
            case EVAL_SCORE -> reading.scoreAverages().get(scoreName);
            default -> {
                Double value = reading.value(telemetry);
                yield value == null ? null : value * scale;
            }
        };
    }

    /** Why the model cannot have this metric, or empty when it can. */
    public Optional<String> unavailableFor(ModelEntry model) {
        return switch (this) {
            case QUEUE_DEPTH -> model.scrapeEnabled() && REPORT_QUEUE_DEPTH.contains(model.runtime()) ? Optional.empty()
                    : Optional.of("Queue depth comes only from Prometheus scrapes of vLLM, TGI or llama.cpp servers: "
                    + "this model is not scraped or its runtime does not report it");
            case KV_CACHE_USAGE -> model.scrapeEnabled() && REPORT_KV_CACHE.contains(model.runtime()) ? Optional.empty()
                    : Optional.of("KV-cache use comes only from Prometheus scrapes of vLLM or llama.cpp servers: "
                    + "this model is not scraped or its runtime does not report it");
            case PROBE_FAILURES -> model.probeEnabled() ? Optional.empty()
                    : Optional.of("Beacon does not probe this model's health: switch probes on first");
            default -> Optional.empty();
        };
    }

    /** A threshold in the metric's unit, e.g. "2,000 ms", "5 %", "0.8". */
    public String format(double value) {
        String number = Math.abs(value) >= 100 || value == Math.rint(value)
                ? String.format(java.util.Locale.ENGLISH, "%,.0f", value)
                : String.format(java.util.Locale.ENGLISH, "%,.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
        if (unit.isEmpty()) {
            return number;
        }
        return unit.equals("%") ? number + " %" : number + " " + unit;
    }
}
