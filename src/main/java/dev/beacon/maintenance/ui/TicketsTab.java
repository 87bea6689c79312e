package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import dev.beacon.maintenance.ScheduleService;
import dev.beacon.maintenance.TicketService;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.ModelPageTab;

import java.time.Clock;

/**
 * Adds the "Tickets" tab to every model page: the model's tickets, open ones first, "New ticket" for it, and below
 * them the model's recurring maintenance schedules.
 */
@org.springframework.stereotype.Component
class TicketsTab implements ModelPageTab {

    private final TicketService tickets;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ScheduleService schedules;

    TicketsTab(TicketService tickets, Clock clock, CurrentUser currentUser, ScheduleService schedules) {
        this.tickets = tickets;
        this.schedules = schedules;
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
        return new Div(new ModelTickets(tickets, TicketChoices.of(tickets, currentUser), clock, model),
                SchedulesPanel.ofModel(schedules, model));
    }
}
