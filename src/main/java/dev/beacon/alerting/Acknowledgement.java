package dev.beacon.alerting;

import dev.beacon.shared.UserId;

import java.time.Instant;

/**
 * Someone took on a rule's active alert; it stops reminders until the alert changes severity or ends.
 *
 * @param severity the severity acknowledged
 * @param assignee who works on it, or null
 */
public record Acknowledgement(RuleId rule, Severity severity, String comment, Instant at, String acknowledgedBy,
                              UserId assignee, String assigneeName) {
}
