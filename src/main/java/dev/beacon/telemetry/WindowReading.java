package dev.beacon.telemetry;

import java.util.Map;

/**
 * What one model's rollups say about one time window, for background work that judges many models at once
 * (alert evaluation): the metrics asked for (null where the window holds no data for one), the average of
 * each evaluation score, and the health probes' outcomes.
 *
 * @param requests      requests in the window
 * @param probes        health probes in the window
 * @param probesNotUp   of those, the ones that found the server down or still starting
 * @param scoreAverages the average of each score received in the window, by score name
 */
public record WindowReading(long requests, Map<TelemetryMetric, Double> metrics, Map<String, Double> scoreAverages,
                            int probes, int probesNotUp) {

    public WindowReading {
        metrics = Map.copyOf(metrics);
        scoreAverages = Map.copyOf(scoreAverages);
    }

    /** The metric's value, or null when the window has none (or the metric was not read). */
    public Double value(TelemetryMetric metric) {
        return metrics.get(metric);
    }
}
