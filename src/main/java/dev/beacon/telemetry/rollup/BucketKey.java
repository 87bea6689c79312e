package dev.beacon.telemetry.rollup;

import dev.beacon.shared.ModelId;

import java.time.Instant;

/** One rollup row: a model and the start of its bucket. */
public record BucketKey(ModelId model, Instant bucketStart) {
}
