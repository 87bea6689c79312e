package dev.beacon.telemetry.ingest;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** One request to a model as a client reports it. Everything is checked by {@link EventChecks}. */
@Schema(description = "One request to a model")
public record RequestEventInput(
        @Schema(description = "Beacon model id, or the served model name as registered", example = "meta-llama/Llama-3.1-8B-Instruct")
        String model,
        @Schema(description = "When the request finished (ISO-8601)", example = "2026-11-29T10:15:30.250Z")
        Instant timestamp,
        @Schema(description = "End-to-end latency in milliseconds", example = "812.5")
        Double latencyMs,
        @Schema(description = "Time to first token in milliseconds (streaming)", example = "95")
        Double timeToFirstTokenMs,
        @Schema(description = "Prompt tokens", example = "512")
        Long inputTokens,
        @Schema(description = "Generated tokens", example = "128")
        Long outputTokens,
        @Schema(description = "ok or error; when left out, error if errorType is given", allowableValues = {"ok", "error"})
        String status,
        @Schema(description = "Why it failed, e.g. timeout, rate_limited, server_error, context_length_exceeded")
        String errorType,
        @Schema(description = "Sampling temperature used", example = "0.7")
        Double temperature,
        @Schema(description = "max_tokens the request asked for", example = "1024")
        Long maxTokens,
        @Schema(description = "The client's id for this event; a retried batch with the same ids is stored once")
        String clientEventId) {
}
