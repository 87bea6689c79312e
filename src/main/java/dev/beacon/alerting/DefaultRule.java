package dev.beacon.alerting;

import dev.beacon.shared.TeamId;

import java.time.Instant;

/**
 * A team's default rule; {@code version} is the optimistic-locking counter.
 *
 * @param linkedModels how many models currently carry the default's copy
 * @param optedOut     how many models opted out of it or override it
 */
public record DefaultRule(DefaultRuleId id, int version, TeamId team, DefaultRuleData data, int linkedModels, int optedOut,
                          Instant updatedAt) {
}
