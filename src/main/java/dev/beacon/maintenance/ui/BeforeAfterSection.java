package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.maintenance.BeforeAfterService;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketStatus;

/** The ticket page's "Before/after" section: shown for done work on a model. */
@org.springframework.stereotype.Component
class BeforeAfterSection implements TicketPageSection {

    private final BeforeAfterService beforeAfter;

    BeforeAfterSection(BeforeAfterService beforeAfter) {
        this.beforeAfter = beforeAfter;
    }

    @Override
    public String label() {
        return "Before/after";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(Ticket ticket) {
        if (ticket.model() == null || ticket.status() != TicketStatus.DONE) {
            return null;
        }
        return beforeAfter.forTicket(ticket.id()).map(BeforeAfterTable::new).orElse(null);
    }
}
