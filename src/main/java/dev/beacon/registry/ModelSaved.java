package dev.beacon.registry;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

/**
 * A model was registered or changed (its runtime or tags may be new). Published inside the saving transaction, so a
 * synchronous listener's writes commit or roll back with the model.
 */
public record ModelSaved(ModelId model, TeamId team) {
}
