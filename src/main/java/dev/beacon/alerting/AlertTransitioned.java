package dev.beacon.alerting;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.time.Instant;

/**
 * A rule changed state (it began pending, fired, changed severity, resolved, lost its data…). Published once per
 * stored transition inside the evaluator's transaction, for notifications and anything else that reacts to alerts.
 *
 * @param severity      the severity the alert has (or had, when resolving); null for OK and NO_DATA without one
 * @param observedValue in {@code unit}; null without data
 * @param threshold     in {@code unit}; null when none applies
 * @param runbookUrl    the rule's runbook, or null
 * @param opensTicketOnCritical whether the rule asks for an incident ticket when it fires CRITICAL (maintenance opens it)
 */
public record AlertTransitioned(TeamId team, ModelId model, String modelName, RuleId rule, String ruleSummary,
                                AlertState from, AlertState to, Severity severity, Double observedValue, Double threshold,
                                String unit, Instant at, String runbookUrl, boolean opensTicketOnCritical) {
}
