package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.beacon.maintenance.CalendarFeedService;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketService;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.UserTime;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The tickets assigned to the signed-in user, open ones first (overdue and due-soon ones marked), and the iCalendar
 * feed of their due dates for the user's calendar app.
 */
@Route("tickets/mine")
@PageTitle("My tickets")
@PermitAll
class MyTicketsView extends Main implements BeforeEnterObserver {

    static final String PATH = "tickets/mine";

    private final TicketService tickets;
    private final Clock clock;
    private final Grid<Ticket> grid = new Grid<>();

    MyTicketsView(TicketService tickets, CalendarFeedService feeds, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
        addClassNames("beacon-page", "tickets-page");
        grid.addClassName("my-tickets");
        grid.addComponentColumn(ticket -> new RouterLink(ticket.reference() + " " + ticket.data().title(), TicketView.class,
                new RouteParameters("ticketId", ticket.id().toString()))).setHeader("Ticket").setFlexGrow(3);
        grid.addColumn(ticket -> ticket.modelName() == null ? "Team: " + ticket.teamName() : ticket.modelName())
                .setHeader("Model").setAutoWidth(true);
        grid.addColumn(ticket -> ticket.data().type().label()).setHeader("Type").setAutoWidth(true);
        grid.addComponentColumn(ticket -> TicketBadges.priority(ticket.data().priority())).setHeader("Priority").setAutoWidth(true);
        grid.addComponentColumn(ticket -> TicketBadges.status(ticket.status())).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(ticket -> TicketBadges.due(ticket, TicketBadges.today(clock))).setHeader("Due").setKey("due").setAutoWidth(true);
        grid.addColumn(ticket -> UserTime.format(ticket.updatedAt())).setHeader("Updated").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new EmptyState("Nothing assigned to you",
                "Tickets your teammates assign to you appear here, open ones first."));
        add(TicketViews.switcher(PATH), grid, new H3("Calendar feed"), new CalendarFeedPanel(feeds));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate today = TicketBadges.today(clock);
        grid.setPartNameGenerator(ticket -> ticket.overdue(today) ? "overdue" : null);
        grid.setItems(tickets.mine());
    }
}
