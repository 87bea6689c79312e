package dev.beacon.alerting.internal;

import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.RuleId;
import dev.beacon.alerting.RuleState;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

/**
 * A rule as the evaluator reads it: with its model and its state after the previous cycle.
 *
 * @param modelRetired a retired model's rules are not judged (their alerts resolve)
 * @param state        null before the rule's first evaluation
 * @param opensTicketOnCritical whether the rule opens a ticket when it fires CRITICAL
 */
public record EvaluationTarget(RuleId rule, ModelId model, TeamId team, String modelName, boolean modelRetired,
                               RuleData data, RuleState state, boolean opensTicketOnCritical) {
}
