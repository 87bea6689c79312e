package dev.beacon.alerting;

import dev.beacon.notification.Delivery;
import dev.beacon.notification.NoticeId;

import java.time.Instant;
import java.util.List;

/**
 * A notice alerting sent about a rule, or held back.
 *
 * @param reminder   a "still firing" reminder rather than a transition's notice
 * @param notice     null when it was muted
 * @param mutedBy    why nothing was sent ("silenced by …", "in maintenance window …"), or null
 * @param deliveries every channel's delivery with every attempt; empty when muted
 */
public record AlertNotice(RuleId rule, String ruleSummary, boolean reminder, AlertState state, Severity severity, Instant at,
                          NoticeId notice, String mutedBy, List<Delivery> deliveries) {
}
