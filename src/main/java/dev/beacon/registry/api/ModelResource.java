package dev.beacon.registry.api;

import dev.beacon.registry.Model;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A model as the API returns it. {@code version} must be sent back when updating. */
record ModelResource(UUID id, int version, UUID teamId, String teamName, String name, String description,
                     ModelRuntime runtime, String endpointUrl, String servedModelName, String versionLabel,
                     int contextWindow, BigDecimal defaultTemperature, int maxOutputTokens, List<String> tags,
                     ModelStatus status, ModelMonitoring monitoring, Instant createdAt, String createdBy,
                     Instant updatedAt, String updatedBy) {

    static ModelResource of(Model model) {
        var data = model.data();
        return new ModelResource(model.id().value(), model.version(), model.team().value(), model.teamName(),
                data.name(), data.description(), data.runtime(), data.endpointUrl(), data.servedModelName(),
                data.versionLabel(), data.contextWindow(), data.defaultTemperature(), data.maxOutputTokens(), data.tags(),
                data.status(), data.monitoring(), model.createdAt(), model.createdBy(), model.updatedAt(), model.updatedBy());
    }
}
