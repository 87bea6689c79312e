package dev.beacon.registry;

import dev.beacon.shared.TeamId;

/** A team the current user may pick, e.g. as the owner of a new model. */
public record TeamChoice(TeamId id, String name) {
}
