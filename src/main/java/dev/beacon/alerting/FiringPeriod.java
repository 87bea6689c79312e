package dev.beacon.alerting;

import java.time.Instant;

/**
 * A stretch of time in which a rule's alert was active with one severity (NO_DATA counts as a warning), for the
 * dashboard's bands and the health timeline.
 *
 * @param to null while it still lasts
 */
public record FiringPeriod(RuleId rule, AlertMetric metric, Severity severity, Instant from, Instant to) {
}
