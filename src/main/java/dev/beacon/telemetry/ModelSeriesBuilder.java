package dev.beacon.telemetry;

import dev.beacon.telemetry.rollup.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects the points of a {@link ModelSeries}, one merged aggregate (or none) per point. Error types and
 * score names appear as they are met: earlier points get zero errors of a new type where they held data
 * (and null where they held none), and no score (null).
 */
final class ModelSeriesBuilder {

    private final Set<TelemetryMetric> metrics;
    private final boolean everything;
    private final List<Instant> times = new ArrayList<>();
    private final List<Boolean> present = new ArrayList<>();
    private final Map<TelemetryMetric, List<Double>> values = new EnumMap<>(TelemetryMetric.class);
    private final Map<String, List<Double>> errorsByType = new TreeMap<>();
    private final Map<String, List<Double>> scores = new TreeMap<>();
    private final List<ProbeCounts> probes = new ArrayList<>();
    private final Set<TelemetryMetric> bucketed = EnumSet.noneOf(TelemetryMetric.class);

    /** @param everything also errors by type, scores and probes (not only the metrics) */
    ModelSeriesBuilder(Set<TelemetryMetric> metrics, boolean everything) {
        this.metrics = metrics;
        this.everything = everything;
        metrics.forEach(metric -> values.put(metric, new ArrayList<>()));
    }

    void add(Instant time, Aggregate aggregate, Duration span) {
        int index = times.size();
        times.add(time);
        boolean data = aggregate != null && !aggregate.isEmpty();
        present.add(data);
        for (TelemetryMetric metric : metrics) {
            values.get(metric).add(data ? metric.valueOf(aggregate, span) : null);
            if (data && aggregate.bucketed() && !metric.distributions().isEmpty()
                    && metric.distributions().stream().anyMatch(d -> aggregate.sketch(d) != null)) {
                bucketed.add(metric);
            }
        }
        if (everything) {
            addErrors(index, data ? aggregate : null, span);
            addScores(index, data ? aggregate : null);
            probes.add(data ? new ProbeCounts(aggregate.probesUp(), aggregate.probesStarting(), aggregate.probesDown())
                    : ProbeCounts.NONE);
        }
    }

    private void addErrors(int index, Aggregate aggregate, Duration span) {
        if (aggregate != null) {
            long typed = 0;
            for (Map.Entry<String, Long> type : aggregate.errorTypes().entrySet()) {
                column(errorsByType, type.getKey(), index, 0.0).add(perMinute(type.getValue(), span));
                typed += type.getValue();
            }
            if (aggregate.errors() > typed) {
                column(errorsByType, ModelSeriesService.UNSPECIFIED, index, 0.0).add(perMinute(aggregate.errors() - typed, span));
            }
        }
        fill(errorsByType, index, aggregate == null ? null : 0.0);
    }

    private void addScores(int index, Aggregate aggregate) {
        if (aggregate != null) {
            aggregate.scores().forEach((name, stats) -> column(scores, name, index, null).add(stats.average()));
        }
        fill(scores, index, null);
    }

    /**
     * The column of an error type or score name; one seen for the first time gets, for the points before,
     * {@code whereData} where the point held data and null where it held none.
     */
    private List<Double> column(Map<String, List<Double>> columns, String key, int index, Double whereData) {
        return columns.computeIfAbsent(key, k -> {
            List<Double> column = new ArrayList<>(times.size());
            for (int i = 0; i < index; i++) {
                column.add(present.get(i) ? whereData : null);
            }
            return column;
        });
    }

    /** Gives this point's value to the columns it had none for. */
    private static void fill(Map<String, List<Double>> columns, int index, Double value) {
        columns.values().forEach(column -> {
            if (column.size() == index) {
                column.add(value);
            }
        });
    }

    private static Double perMinute(long count, Duration span) {
        return count * 60_000.0 / span.toMillis();
    }

    ModelSeries build(Instant from, Instant to, Duration step) {
        return new ModelSeries(from, to, step, times, values, errorsByType, scores, probes, bucketed,
                present.contains(true));
    }
}
