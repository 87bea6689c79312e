package dev.beacon.alerting;

import dev.beacon.shared.ModelId;

import java.time.Instant;

/**
 * One change of a rule's state, as the alert history shows it.
 *
 * @param observedValue the value that caused it, in the metric's unit; null without data
 * @param threshold     the threshold it was judged against; null when none applies (no data)
 * @param mutedBy       why its notice was not sent, e.g. "in maintenance window Driver upgrade"; null when it was sent or
 *                      the transition notifies no one (pending, back to OK)
 */
public record AlertTransition(RuleId rule, ModelId model, String ruleSummary, AlertState from, AlertState to,
                              Severity severity, Double observedValue, Double threshold, String unit, Instant at,
                              String mutedBy) {
}
