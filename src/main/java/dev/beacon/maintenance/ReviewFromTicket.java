package dev.beacon.maintenance;

import dev.beacon.alerting.AlertRuleService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Completing a threshold review of a model marks all its alert rules reviewed by the person who completed it, now —
 * the thresholds page then no longer lists them as due. Inside the moving transaction.
 */
@Component
class ReviewFromTicket {

    private final AlertRuleService rules;

    ReviewFromTicket(AlertRuleService rules) {
        this.rules = rules;
    }

    @EventListener
    void on(TicketMoved moved) {
        if (moved.to() == TicketStatus.DONE && moved.type() == TicketType.THRESHOLD_REVIEW && moved.model() != null) {
            rules.markAllReviewed(moved.model());
        }
    }
}
