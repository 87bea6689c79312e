package dev.beacon.telemetry.internal;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.time.Instant;

/** One checked evaluation score, as stored. */
public record ScoreRow(TeamId team, ModelId model, Instant observedAt, String name, double value, String dataset,
                       String evaluator) {
}
