package dev.beacon.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A metric of a model over time.
 *
 * @param bucketed true when part of the data came from histogram buckets (Prometheus or OTLP metrics),
 *                 whose resolution limits the accuracy of percentiles
 */
public record TelemetrySeries(String metric, String unit, Instant from, Instant to, Duration step, boolean bucketed,
                              List<SeriesPoint> points) {
}
