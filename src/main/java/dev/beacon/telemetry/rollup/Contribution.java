package dev.beacon.telemetry.rollup;

import dev.beacon.shared.ModelId;

import java.time.Instant;

/** What one batch, scrape or probe adds to a model's minute. */
public record Contribution(ModelId model, Instant minute, Aggregate aggregate) {
}
