package dev.beacon.telemetry;

import dev.beacon.shared.ModelId;

import java.time.Instant;

/**
 * What a new ingestion key should be.
 *
 * @param name      1–80 characters, e.g. where the key is used ("gateway-eu", "otel-collector")
 * @param modelId   limits the key to this model of the team; null for every model of the team
 * @param expiresAt when the key stops working; null for never
 */
public record NewIngestionKey(String name, ModelId modelId, Instant expiresAt) {
}
