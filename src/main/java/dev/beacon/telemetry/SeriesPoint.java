package dev.beacon.telemetry;

import java.time.Instant;

/**
 * One point of a series: the start of its span and the figure, or null when the span holds no data.
 */
public record SeriesPoint(Instant time, Double value) {
}
