package dev.beacon.registry;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.time.Instant;

/** A registered model with its bookkeeping; {@code version} is the optimistic-locking counter. */
public record Model(ModelId id, int version, TeamId team, String teamName, ModelData data,
                    Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
