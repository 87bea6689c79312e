package dev.beacon.dashboard;

import dev.beacon.shared.ModelId;

import java.time.Instant;
import java.util.Objects;

/** What the latency and throughput panels overlay on the model's own series. */
public sealed interface Comparison {

    /** Another model over the same window. */
    record WithModel(ModelId other) implements Comparison {
        public WithModel {
            Objects.requireNonNull(other, "other");
        }
    }

    /**
     * The model itself before one of its version changes: the window of the same length that ends at the
     * change, shifted in time onto the window shown ("before/after this version").
     */
    record BeforeVersion(Instant changedAt) implements Comparison {
        public BeforeVersion {
            Objects.requireNonNull(changedAt, "changedAt");
        }
    }
}
