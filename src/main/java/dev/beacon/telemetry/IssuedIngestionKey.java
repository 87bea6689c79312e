package dev.beacon.telemetry;

/** A key just created; {@code secret} is shown to its creator once and never again. */
public record IssuedIngestionKey(IngestionKey key, String secret) {
}
