package dev.beacon.telemetry.ingest;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.util.Optional;

/**
 * Who sends telemetry: an ingestion key of a team, optionally limited to one model.
 *
 * @param name how the key is named, for messages
 */
public record IngestionCaller(TeamId team, Optional<ModelId> onlyModel, String name) {
}
