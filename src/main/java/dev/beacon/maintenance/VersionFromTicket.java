package dev.beacon.maintenance;

import dev.beacon.registry.ModelService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Completing work on a model with a new version label (a model update or retraining must give one) puts that version
 * into the registry: the model's label changes and its version history names the ticket, inside the moving
 * transaction, so the dashboards' version marker appears with it and a failure undoes the move. The registry checks
 * that the person completing it may edit the model.
 */
@Component
class VersionFromTicket {

    private final ModelService models;
    private final TicketService tickets;

    VersionFromTicket(ModelService models, TicketService tickets) {
        this.models = models;
        this.tickets = tickets;
    }

    @EventListener
    void on(TicketMoved moved) {
        if (moved.to() != TicketStatus.DONE || moved.model() == null || moved.newVersionLabel() == null) {
            return;
        }
        Ticket ticket = tickets.get(moved.ticket());
        models.recordNewVersion(moved.model(), moved.newVersionLabel(), "Ticket " + ticket.reference() + ": " + ticket.data().title(),
                ticket.reference(), TicketPaths.path(ticket.id()));
    }
}
