package dev.beacon.dashboard;

import java.util.Optional;

/**
 * How a panel sums up its metric per point (and, for a single stat or gauge, over the whole range):
 * percentiles of distributions, average/minimum/maximum of gauges and scores, per-minute rates or
 * totals of counters, the value of ratios, or the whole distribution (heat maps only).
 * {@link PanelMetric} says which ones fit each metric.
 */
public enum Aggregation {
    P50("p50", "p50 (median)"),
    P95("p95", "p95"),
    P99("p99", "p99"),
    AVG("avg", "Average"),
    MIN("min", "Minimum"),
    MAX("max", "Maximum"),
    RATE("rate", "Per minute"),
    PER_SECOND("perSecond", "Per second"),
    SUM("sum", "Total"),
    VALUE("value", "Value"),
    DISTRIBUTION("distribution", "Distribution (heat map)");

    private final String apiName;
    private final String label;

    Aggregation(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    /** The name in the JSON format and the REST API, e.g. "p95". */
    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    public static Optional<Aggregation> ofApiName(String name) {
        for (Aggregation aggregation : values()) {
            if (aggregation.apiName.equals(name)) {
                return Optional.of(aggregation);
            }
        }
        return Optional.empty();
    }
}
