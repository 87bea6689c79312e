package dev.beacon.registry.api;

import dev.beacon.registry.ModelListItem;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One model in a list response. */
record ModelSummaryResource(UUID id, UUID teamId, String teamName, String name, ModelRuntime runtime,
                            String versionLabel, ModelStatus status, List<String> tags, String endpointUrl,
                            Instant updatedAt) {

    static ModelSummaryResource of(ModelListItem item) {
        return new ModelSummaryResource(item.id().value(), item.team().value(), item.teamName(), item.name(),
                item.runtime(), item.versionLabel(), item.status(), item.tags(), item.endpointUrl(), item.updatedAt());
    }
}
