package dev.beacon.registry;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

/** What background work needs to know about a model: where it runs and how it is called. */
public record ModelEntry(ModelId id, TeamId team, String name, ModelRuntime runtime, String endpointUrl,
                         String servedModelName, int contextWindow, ModelStatus status) {
}
