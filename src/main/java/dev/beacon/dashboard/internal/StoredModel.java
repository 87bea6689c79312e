package dev.beacon.dashboard.internal;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

/** A model on a stored panel, with its team: the service shows it only to those who may see the team's models. */
public record StoredModel(ModelId id, String name, TeamId team, String teamName) {
}
