package dev.beacon.registry;

import dev.beacon.shared.TeamId;

/** Narrows the models list; every null or blank part matches everything. */
public record ModelFilter(TeamId team, ModelRuntime runtime, ModelStatus status, String tag, String text) {

    public static ModelFilter none() {
        return new ModelFilter(null, null, null, null, null);
    }
}
