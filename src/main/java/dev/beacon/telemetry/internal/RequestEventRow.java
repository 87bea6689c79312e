package dev.beacon.telemetry.internal;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.time.Instant;

/**
 * One checked request event, as stored.
 *
 * @param errorType     null when the request succeeded
 * @param contextWindow the model's context window when the event arrived; not stored, it feeds the
 *                      context-use distribution of the rollups
 */
public record RequestEventRow(TeamId team, ModelId model, Instant occurredAt, float latencyMs, Float ttftMs,
                              int inputTokens, int outputTokens, String errorType, Float temperature,
                              Integer maxTokens, String clientEventId, int contextWindow) {
}
