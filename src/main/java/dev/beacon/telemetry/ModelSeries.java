package dev.beacon.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The series of a model's dashboard over one window, all computed from one read of the rollups. Every
 * list holds one value per point of {@link #times()}, null where the point holds no data for it.
 *
 * @param from                  the window asked for; points start at multiples of {@code step} since the
 *                              epoch, the first one at or before {@code from}
 * @param metrics               the metrics read, each one's value per point
 * @param errorsPerMinuteByType failed requests per minute per error type; errors that servers report only
 *                              as a count (scraped counters) are of the type {@value ModelSeriesService#UNSPECIFIED}
 * @param scoreAverages         the average of each evaluation score per point, by score name
 * @param probes                the health probes' findings per point
 * @param bucketed              the metrics whose percentiles came partly from histogram buckets
 * @param hasData               whether any point holds any data at all
 */
public record ModelSeries(Instant from, Instant to, Duration step, List<Instant> times,
                          Map<TelemetryMetric, List<Double>> metrics,
                          Map<String, List<Double>> errorsPerMinuteByType,
                          Map<String, List<Double>> scoreAverages,
                          List<ProbeCounts> probes, Set<TelemetryMetric> bucketed, boolean hasData) {

    public ModelSeries {
        times = List.copyOf(times);
        metrics = Collections.unmodifiableMap(metrics);
        errorsPerMinuteByType = Collections.unmodifiableMap(errorsPerMinuteByType);
        scoreAverages = Collections.unmodifiableMap(scoreAverages);
        probes = List.copyOf(probes);
        bucketed = Set.copyOf(bucketed);
    }

    /** The metric's value per point; fails for a metric that was not read. */
    public List<Double> values(TelemetryMetric metric) {
        return Objects.requireNonNull(metrics.get(metric), () -> "This series did not read " + metric);
    }

    /** The metric's points, with their times. */
    public List<SeriesPoint> points(TelemetryMetric metric) {
        return points(values(metric));
    }

    /** Whether any point has a value for the metric. */
    public boolean has(TelemetryMetric metric) {
        return metrics.containsKey(metric) && values(metric).stream().anyMatch(Objects::nonNull);
    }

    /** Values aligned with {@link #times()} as points. */
    public List<SeriesPoint> points(List<Double> values) {
        List<SeriesPoint> points = new ArrayList<>(times.size());
        for (int i = 0; i < times.size(); i++) {
            points.add(new SeriesPoint(times.get(i), values.get(i)));
        }
        return points;
    }
}
