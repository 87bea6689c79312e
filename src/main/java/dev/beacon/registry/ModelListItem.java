package dev.beacon.registry;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.time.Instant;
import java.util.List;

/** A model as one row of the models list. */
public record ModelListItem(ModelId id, TeamId team, String teamName, String name, ModelRuntime runtime,
                            String versionLabel, ModelStatus status, List<String> tags, String endpointUrl,
                            Instant updatedAt) {
}
