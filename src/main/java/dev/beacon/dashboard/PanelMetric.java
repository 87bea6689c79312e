package dev.beacon.dashboard;

import dev.beacon.telemetry.TelemetryMetric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.beacon.dashboard.Aggregation.AVG;
import static dev.beacon.dashboard.Aggregation.DISTRIBUTION;
import static dev.beacon.dashboard.Aggregation.MAX;
import static dev.beacon.dashboard.Aggregation.MIN;
import static dev.beacon.dashboard.Aggregation.P50;
import static dev.beacon.dashboard.Aggregation.P95;
import static dev.beacon.dashboard.Aggregation.P99;
import static dev.beacon.dashboard.Aggregation.PER_SECOND;
import static dev.beacon.dashboard.Aggregation.RATE;
import static dev.beacon.dashboard.Aggregation.SUM;
import static dev.beacon.dashboard.Aggregation.VALUE;

/**
 * What a panel shows, and which aggregations of it exist: each pair maps onto one
 * {@link TelemetryMetric} (a total is its per-minute rate times the minutes), or onto a model's
 * evaluation scores. This is the one place that ties the dashboards' vocabulary to telemetry's.
 */
public enum PanelMetric {
    LATENCY("latency", "Latency", true, pairs(P50, TelemetryMetric.LATENCY_P50_MS, P95, TelemetryMetric.LATENCY_P95_MS,
            P99, TelemetryMetric.LATENCY_P99_MS)),
    TIME_TO_FIRST_TOKEN("timeToFirstToken", "Time to first token", true, pairs(P50, TelemetryMetric.TIME_TO_FIRST_TOKEN_P50_MS,
            P95, TelemetryMetric.TIME_TO_FIRST_TOKEN_P95_MS, P99, TelemetryMetric.TIME_TO_FIRST_TOKEN_P99_MS)),
    INTER_TOKEN_LATENCY("interTokenLatency", "Inter-token latency", true, pairs(P50, TelemetryMetric.INTER_TOKEN_LATENCY_P50_MS,
            P95, TelemetryMetric.INTER_TOKEN_LATENCY_P95_MS, P99, TelemetryMetric.INTER_TOKEN_LATENCY_P99_MS)),
    QUEUE_TIME("queueTime", "Queue time", true, pairs(P95, TelemetryMetric.QUEUE_TIME_P95_MS)),
    GENERATION_SPEED("generationSpeed", "Generation speed", false, pairs(P50, TelemetryMetric.GENERATION_SPEED_P50)),
    REQUESTS("requests", "Requests", false, pairs(RATE, TelemetryMetric.REQUESTS_PER_MINUTE, SUM, TelemetryMetric.REQUESTS_PER_MINUTE)),
    ERRORS("errors", "Errors", false, pairs(RATE, TelemetryMetric.ERRORS_PER_MINUTE, SUM, TelemetryMetric.ERRORS_PER_MINUTE)),
    ERROR_RATE("errorRate", "Error rate", false, pairs(VALUE, TelemetryMetric.ERROR_RATE)),
    INPUT_TOKENS("inputTokens", "Input tokens", false, pairs(RATE, TelemetryMetric.INPUT_TOKENS_PER_MINUTE,
            SUM, TelemetryMetric.INPUT_TOKENS_PER_MINUTE)),
    OUTPUT_TOKENS("outputTokens", "Output tokens", false, pairs(PER_SECOND, TelemetryMetric.OUTPUT_TOKENS_PER_SECOND,
            RATE, TelemetryMetric.OUTPUT_TOKENS_PER_MINUTE, SUM, TelemetryMetric.OUTPUT_TOKENS_PER_MINUTE)),
    CONTEXT_UTILIZATION("contextUtilization", "Context-window use", false, pairs(P95, TelemetryMetric.CONTEXT_UTILIZATION_P95,
            MAX, TelemetryMetric.CONTEXT_UTILIZATION_MAX)),
    QUEUE_DEPTH("queueDepth", "Queue depth", false, pairs(AVG, TelemetryMetric.QUEUE_DEPTH_AVG, MAX, TelemetryMetric.QUEUE_DEPTH_MAX)),
    RUNNING_REQUESTS("runningRequests", "Running requests", false, pairs(AVG, TelemetryMetric.RUNNING_REQUESTS_AVG)),
    KV_CACHE_USAGE("kvCacheUsage", "KV-cache use", false, pairs(AVG, TelemetryMetric.KV_CACHE_USAGE_AVG,
            MAX, TelemetryMetric.KV_CACHE_USAGE_MAX)),
    PREEMPTIONS("preemptions", "Preemptions", false, pairs(RATE, TelemetryMetric.PREEMPTIONS_PER_MINUTE,
            SUM, TelemetryMetric.PREEMPTIONS_PER_MINUTE)),
    PROBE_UP_RATIO("probeUpRatio", "Health probes up", false, pairs(VALUE, TelemetryMetric.PROBE_UP_RATIO)),
    /** An evaluation score sent to Beacon, named by the panel's score name (e.g. "faithfulness"). */
    SCORE("score", "Evaluation score", false, scoreAggregations());

    private final String apiName;
    private final String label;
    private final boolean distribution;
    private final Map<Aggregation, TelemetryMetric> metrics;
    private final List<Aggregation> aggregations;

    PanelMetric(String apiName, String label, boolean distribution, Map<Aggregation, TelemetryMetric> metrics) {
        this.apiName = apiName;
        this.label = label;
        this.distribution = distribution;
        this.metrics = metrics;
        List<Aggregation> offered = new ArrayList<>(metrics.keySet().stream().sorted().toList());
        if (distribution) {
            offered.add(DISTRIBUTION);
        }
        this.aggregations = Collections.unmodifiableList(offered);
    }

    /** The name in the JSON format and the REST API, e.g. "timeToFirstToken". */
    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    /** The aggregations this metric offers. */
    public List<Aggregation> aggregations() {
        return aggregations;
    }

    /** The usual choice: p95 for latencies (what latency objectives are written in), else the first. */
    public Aggregation defaultAggregation() {
        return aggregations.contains(P95) ? P95 : aggregations.getFirst();
    }

    /** The telemetry metric behind the pair; empty for scores (see the score queries) and for distributions. */
    public Optional<TelemetryMetric> telemetryMetric(Aggregation aggregation) {
        return Optional.ofNullable(metrics.get(aggregation));
    }

    /** The metric whose distribution a heat map of this metric shows, if it has one. */
    public Optional<TelemetryMetric> distributionMetric() {
        return distribution ? Optional.of(metrics.values().iterator().next()) : Optional.empty();
    }

    /** The unit of the figures, e.g. "ms", "ratio", "requests/min", or "requests" for a total. */
    public String unit(Aggregation aggregation) {
        if (this == SCORE) {
            return "";
        }
        TelemetryMetric metric = metrics.getOrDefault(aggregation, metrics.values().iterator().next());
        return aggregation == SUM ? metric.unit().replace("/min", "") : metric.unit();
    }

    /** Why this metric cannot be drawn so, if it cannot; null when the combination works. */
    public String problemWith(Aggregation aggregation, ChartType chart) {
        if (chart == ChartType.HEATMAP && !distribution) {
            return "A heat map shows a latency distribution; " + label.toLowerCase() + " has none. Choose another chart";
        }
        if (chart == ChartType.HEATMAP && aggregation != DISTRIBUTION) {
            return "A heat map shows the whole distribution: use the aggregation \"distribution\"";
        }
        if (aggregation == DISTRIBUTION && chart != ChartType.HEATMAP) {
            return "The whole distribution is drawn only as a heat map; choose the heat map or a percentile";
        }
        if (!aggregations.contains(aggregation)) {
            return "Use one of: " + aggregations.stream().map(Aggregation::apiName).collect(Collectors.joining(", "))
                    + " for " + label.toLowerCase();
        }
        return null;
    }

    public static Optional<PanelMetric> ofApiName(String name) {
        return Arrays.stream(values()).filter(metric -> metric.apiName.equals(name)).findFirst();
    }

    private static Map<Aggregation, TelemetryMetric> pairs(Object... pairs) {
        Map<Aggregation, TelemetryMetric> map = new EnumMap<>(Aggregation.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Aggregation) pairs[i], (TelemetryMetric) pairs[i + 1]);
        }
        return map;
    }

    /** Scores have no telemetry metric: the score queries read them by name. */
    private static Map<Aggregation, TelemetryMetric> scoreAggregations() {
        Map<Aggregation, TelemetryMetric> map = new EnumMap<>(Aggregation.class);
        map.put(AVG, null);
        map.put(MIN, null);
        map.put(MAX, null);
        return map;
    }
}
