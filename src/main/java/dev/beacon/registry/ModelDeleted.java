package dev.beacon.registry;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

/** A model was deleted for good; modules that keep data about it let go of it. */
public record ModelDeleted(ModelId model, TeamId team) {
}
