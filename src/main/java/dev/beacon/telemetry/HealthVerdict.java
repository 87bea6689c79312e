package dev.beacon.telemetry;

import java.util.Objects;

/** A model's health and, in plain words, why: the fleet overview shows both. */
public record HealthVerdict(ModelHealth health, String reason) {

    public HealthVerdict {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(reason, "reason");
    }
}
