package dev.beacon.telemetry;

import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.Gauge;
import dev.beacon.telemetry.rollup.Stats;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Every figure Beacon can chart for a model. The API name says what it is and its unit; the value is
 * computed from the merged rollups of a time span, or null when the span has no data for it.
 */
public enum TelemetryMetric {
    LATENCY_P50_MS("latencyP50Ms", "ms", quantile(Distribution.LATENCY, 0.50)),
    LATENCY_P95_MS("latencyP95Ms", "ms", quantile(Distribution.LATENCY, 0.95)),
    LATENCY_P99_MS("latencyP99Ms", "ms", quantile(Distribution.LATENCY, 0.99)),
    TIME_TO_FIRST_TOKEN_P50_MS("timeToFirstTokenP50Ms", "ms", quantile(Distribution.TTFT, 0.50)),
    TIME_TO_FIRST_TOKEN_P95_MS("timeToFirstTokenP95Ms", "ms", quantile(Distribution.TTFT, 0.95)),
    TIME_TO_FIRST_TOKEN_P99_MS("timeToFirstTokenP99Ms", "ms", quantile(Distribution.TTFT, 0.99)),
    INTER_TOKEN_LATENCY_P50_MS("interTokenLatencyP50Ms", "ms", quantile(Distribution.ITL, 0.50)),
    INTER_TOKEN_LATENCY_P95_MS("interTokenLatencyP95Ms", "ms", quantile(Distribution.ITL, 0.95)),
    INTER_TOKEN_LATENCY_P99_MS("interTokenLatencyP99Ms", "ms", quantile(Distribution.ITL, 0.99)),
    GENERATION_SPEED_P50("generationTokensPerSecondP50", "tokens/s", quantile(Distribution.GENERATION_SPEED, 0.50)),
    QUEUE_TIME_P95_MS("queueTimeP95Ms", "ms", quantile(Distribution.QUEUE_TIME, 0.95)),
    REQUESTS_PER_MINUTE("requestsPerMinute", "requests/min", (a, span) -> perMinute(a.requests(), span)),
    ERRORS_PER_MINUTE("errorsPerMinute", "errors/min", (a, span) -> perMinute(a.errors(), span)),
    ERROR_RATE("errorRate", "ratio", (a, span) -> a.requests() == 0 ? null : (double) a.errors() / a.requests()),
    INPUT_TOKENS_PER_MINUTE("inputTokensPerMinute", "tokens/min", (a, span) -> perMinute(a.inputTokens(), span)),
    OUTPUT_TOKENS_PER_MINUTE("outputTokensPerMinute", "tokens/min", (a, span) -> perMinute(a.outputTokens(), span)),
    OUTPUT_TOKENS_PER_SECOND("outputTokensPerSecond", "tokens/s",
            (a, span) -> a.outputTokens() == 0 && a.requests() == 0 ? null : a.outputTokens() / (double) span.toSeconds()),
    CONTEXT_UTILIZATION_P95("contextUtilizationP95", "ratio", quantile(Distribution.CONTEXT_USE, 0.95)),
    CONTEXT_UTILIZATION_MAX("contextUtilizationMax", "ratio",
            (a, span) -> nullable(a.max(Distribution.CONTEXT_USE))),
    QUEUE_DEPTH_AVG("queueDepthAvg", "requests", gauge(Gauge.QUEUE_DEPTH, false)),
    QUEUE_DEPTH_MAX("queueDepthMax", "requests", gauge(Gauge.QUEUE_DEPTH, true)),
    RUNNING_REQUESTS_AVG("runningRequestsAvg", "requests", gauge(Gauge.RUNNING_REQUESTS, false)),
    KV_CACHE_USAGE_AVG("kvCacheUsageAvg", "ratio", gauge(Gauge.KV_CACHE_USAGE, false)),
    KV_CACHE_USAGE_MAX("kvCacheUsageMax", "ratio", gauge(Gauge.KV_CACHE_USAGE, true)),
    PREEMPTIONS_PER_MINUTE("preemptionsPerMinute", "preemptions/min", (a, span) -> perMinute(a.preemptions(), span)),
    PROBE_UP_RATIO("probeUpRatio", "ratio", (a, span) -> {
        int probes = a.probesUp() + a.probesStarting() + a.probesDown();
        return probes == 0 ? null : (double) a.probesUp() / probes;
    });

    private final String apiName;
    private final String unit;
    private final BiFunction<Aggregate, Duration, Double> value;

    TelemetryMetric(String apiName, String unit, BiFunction<Aggregate, Duration, Double> value) {
        this.apiName = apiName;
        this.unit = unit;
        this.value = value;
    }

    public String apiName() {
        return apiName;
    }

    public String unit() {
        return unit;
    }

    /** The figure for a span of the given length, or null when the span holds no data for it. */
    public Double valueOf(Aggregate aggregate, Duration span) {
        return value.apply(aggregate, span);
    }

    /** The distribution whose sketch this metric reads, if any (only those are decoded). */
    public Set<Distribution> distributions() {
        return switch (this) {
            case LATENCY_P50_MS, LATENCY_P95_MS, LATENCY_P99_MS -> EnumSet.of(Distribution.LATENCY);
            case TIME_TO_FIRST_TOKEN_P50_MS, TIME_TO_FIRST_TOKEN_P95_MS, TIME_TO_FIRST_TOKEN_P99_MS -> EnumSet.of(Distribution.TTFT);
            case INTER_TOKEN_LATENCY_P50_MS, INTER_TOKEN_LATENCY_P95_MS, INTER_TOKEN_LATENCY_P99_MS -> EnumSet.of(Distribution.ITL);
            case GENERATION_SPEED_P50 -> EnumSet.of(Distribution.GENERATION_SPEED);
            case QUEUE_TIME_P95_MS -> EnumSet.of(Distribution.QUEUE_TIME);
            case CONTEXT_UTILIZATION_P95, CONTEXT_UTILIZATION_MAX -> EnumSet.of(Distribution.CONTEXT_USE);
            default -> EnumSet.noneOf(Distribution.class);
        };
    }

    /** Whether the metric reads a gauge (gauges are stored as JSON: parsed only when read). */
    public boolean readsGauges() {
        return switch (this) {
            case QUEUE_DEPTH_AVG, QUEUE_DEPTH_MAX, RUNNING_REQUESTS_AVG, KV_CACHE_USAGE_AVG, KV_CACHE_USAGE_MAX -> true;
            default -> false;
        };
    }

    public static TelemetryMetric ofApiName(String name) {
        for (TelemetryMetric metric : values()) {
            if (metric.apiName.equals(name)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("Unknown metric " + name);
    }

    private static BiFunction<Aggregate, Duration, Double> quantile(Distribution distribution, double q) {
        return (aggregate, span) -> nullable(aggregate.quantile(distribution, q));
    }

    private static BiFunction<Aggregate, Duration, Double> gauge(Gauge gauge, boolean max) {
        return (aggregate, span) -> {
            Stats stats = aggregate.gauges().get(gauge);
            return stats == null ? null : max ? stats.max() : stats.average();
        };
    }

    private static Double perMinute(long count, Duration span) {
        return count * 60.0 / span.toSeconds();
    }

    private static Double nullable(java.util.OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
