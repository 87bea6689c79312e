package dev.beacon.registry.api;

import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The body of POST and PUT /api/v1/models. Field rules are those of the registry (see the error "errors"). */
record ModelRequest(
        @Schema(description = "Owning team; required when registering, ignored when updating") UUID teamId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "llama-3.1-8b-chat") String name,
        @Schema(example = "Chat model behind the support bot") String description,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ModelRuntime runtime,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "http://gpu-node-1:8000") String endpointUrl,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "meta-llama/Llama-3.1-8B-Instruct") String servedModelName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2024-07") String versionLabel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "131072") Integer contextWindow,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0.7") BigDecimal defaultTemperature,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2048") Integer maxOutputTokens,
        @Schema(description = "Lowercase tags; defaults to none") List<String> tags,
        @Schema(description = "Defaults to ACTIVE") ModelStatus status,
        @Schema(description = "Scrapes and health probes; fields left out keep their value (or the runtime's default)")
        MonitoringRequest monitoring,
        @Schema(description = "The version you read; required when updating (optimistic locking)") Integer version,
        @Schema(description = "Why the version label changed; kept in the version history") String versionNote,
        @Schema(description = "API key Beacon sends to the endpoint as 'Authorization: Bearer …' (scrapes, probes,"
                + " evaluations). Write-only: stored encrypted and never returned (see hasApiKey). Left out: the stored key"
                + " stays; DELETE /api/v1/models/{id}/api-key removes it", accessMode = Schema.AccessMode.WRITE_ONLY,
                example = "sk-…") String apiKey) {

    /** Never the API key, in case a request is ever logged. */
    @Override
    public String toString() {
        return "ModelRequest[name=" + name + ", apiKey=" + (apiKey == null ? "unchanged" : "given") + "]";
    }

    /** The model this request describes; monitoring settings it leaves out come from {@code monitoringBase}. */
    ModelData toData(ModelMonitoring monitoringBase) {
        return new ModelData(name, description == null ? "" : description, runtime, endpointUrl, servedModelName,
                versionLabel, contextWindow, defaultTemperature, maxOutputTokens, tags == null ? List.of() : tags,
                status == null ? ModelStatus.ACTIVE : status,
                monitoring == null ? monitoringBase : monitoring.over(monitoringBase));
    }
}
