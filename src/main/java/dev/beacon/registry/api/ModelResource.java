package dev.beacon.registry.api;

import dev.beacon.registry.Model;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A model as the API returns it. {@code version} must be sent back when updating. The endpoint's API key is never
 * returned, only whether there is one ({@code hasApiKey}).
 */
record ModelResource(UUID id, int version, UUID teamId, String teamName, String name, String description,
                     ModelRuntime runtime, String endpointUrl, String servedModelName, String versionLabel,
                     int contextWindow, BigDecimal defaultTemperature, int maxOutputTokens, List<String> tags,
                     ModelStatus status, ModelMonitoring monitoring, Instant createdAt, String createdBy,
                     Instant updatedAt, String updatedBy,
                     @Schema(description = "Whether Beacon holds an API key for the endpoint (the key itself is never returned)")
                     boolean hasApiKey) {

    static ModelResource of(Model model, boolean hasApiKey) {
        var data = model.data();
        return new ModelResource(model.id().value(), model.version(), model.team().value(), model.teamName(),
                data.name(), data.description(), data.runtime(), data.endpointUrl(), data.servedModelName(),
                data.versionLabel(), data.contextWindow(), data.defaultTemperature(), data.maxOutputTokens(), data.tags(),
                data.status(), data.monitoring(), model.createdAt(), model.createdBy(), model.updatedAt(), model.updatedBy(),
                hasApiKey);
    }
}
