package dev.beacon.maintenance;

import dev.beacon.alerting.AlertState;
import dev.beacon.alerting.AlertTransitioned;
import dev.beacon.alerting.Severity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Opens an incident ticket when a rule that asks for it fires CRITICAL, inside the evaluator's transaction (like its
 * notices), deduplicated: while the rule's ticket is open, each new critical firing (also a rise from Warning) adds a
 * comment to it instead. The ticket is Beacon's: unassigned, urgent, linked to the rule.
 */
@Component
class TicketsFromAlerts {

    private final TicketOpener opener;

    TicketsFromAlerts(TicketOpener opener) {
        this.opener = opener;
    }

    @EventListener
    void on(AlertTransitioned event) {
        if (!event.opensTicketOnCritical() || event.to() != AlertState.FIRING || event.severity() != Severity.CRITICAL) {
            return;
        }
        Optional<Ticket> open = opener.openTicketOf(event.rule());
        if (open.isPresent()) {
            opener.comment(open.get().id(), AlertTicketText.firedAgain(event.severity(), event.observedValue(),
                    event.threshold(), event.unit(), event.at()));
            return;
        }
        TicketData data = TicketData.of(event.model(), TicketType.INCIDENT,
                        AlertTicketText.title(event.severity(), event.ruleSummary(), event.modelName()))
                .withPriority(TicketPriority.URGENT)
                .withDescription(AlertTicketText.description(event.ruleSummary(), event.severity(), event.observedValue(),
                        event.threshold(), event.unit(), event.at(), AlertTicketText.alertPath(event.model())));
        opener.open(event.team(), data, event.rule(), null);
    }
}
