package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.maintenance.TicketService;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.ModelPageTab;

import java.time.Clock;

/** Adds the "Tickets" tab to every model page: the model's tickets, open ones first, and "New ticket" for it. */
@org.springframework.stereotype.Component
class TicketsTab implements ModelPageTab {

    private final TicketService tickets;
    private final Clock clock;
    private final CurrentUser currentUser;

    TicketsTab(TicketService tickets, Clock clock, CurrentUser currentUser) {
        this.tickets = tickets;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    public String label() {
        return "Tickets";
    }

    /** After the Alerts tab (20). */
    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(ModelId model) {
        return new ModelTickets(tickets, TicketChoices.of(tickets, currentUser), clock, model);
    }
}
