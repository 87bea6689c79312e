package dev.beacon.alerting;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.time.Instant;

/**
 * A threshold rule of a model; {@code version} is the optimistic-locking counter.
 *
 * @param fromDefault the team default this rule is the model's copy of, or null for the model's own rule
 * @param reviewedAt  when someone last marked it reviewed, or null if nobody ever did
 */
public record Rule(RuleId id, int version, ModelId model, TeamId team, String modelName, DefaultRuleId fromDefault,
                   RuleData data, Instant reviewedAt, String reviewedBy, Instant updatedAt) {
}
