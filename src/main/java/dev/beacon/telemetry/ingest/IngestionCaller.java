package dev.beacon.telemetry.ingest;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.util.Optional;
import java.util.UUID;

/**
 * Who sends telemetry: an ingestion key of a team, optionally limited to one model.
 *
 * @param keyId the key's id (rate limits are per key)
 * @param name  how the key is named, for messages
 */
public record IngestionCaller(UUID keyId, TeamId team, Optional<ModelId> onlyModel, String name) {
}
