package dev.beacon.telemetry;

import java.time.Instant;

/** An evaluation score over a time range: its average, range and latest value. */
public record ScoreSummary(long count, double average, double min, double max, double last, Instant lastAt) {
}
