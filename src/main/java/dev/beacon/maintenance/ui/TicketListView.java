package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketFilter;
import dev.beacon.maintenance.TicketService;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.UserTime;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Every ticket of the user's teams, filtered by the URL's query (team, model, type, status, assignee, overdue, due
 * this week, text), paged on the server; "New ticket" for EDITORs, "Export CSV" of exactly what is filtered.
 */
@Route("tickets")
@PageTitle("Tickets")
@Menu(title = "Tickets", order = 4, icon = "vaadin:clipboard-check")
@PermitAll
class TicketListView extends Main implements BeforeEnterObserver {

    static final String PATH = "tickets";

    private final TicketService tickets;
    private final Clock clock;
    private final TicketChoices choices;
    private final Grid<Ticket> grid = new Grid<>();
    private final TicketFilterBar filters;
    private final Nav switcher = TicketViews.switcher(PATH);
    // read by the CSV download, which runs outside the session lock
    private volatile TicketFilter shownFilter = TicketFilter.none();

    TicketListView(TicketService tickets, Clock clock, CurrentUser currentUser) {
        this.tickets = tickets;
        this.clock = clock;
        this.choices = TicketChoices.of(tickets, currentUser);
        this.filters = new TicketFilterBar(choices, true, this::refresh);
        addClassNames("beacon-page", "tickets-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");

        Button create = new Button("New ticket", VaadinIcon.PLUS.create(), e -> newTicket());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(choices.canCreate());
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = tickets.csv(shownFilter, UserTime.zone()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "tickets.csv", "text/csv; charset=utf-8", csv.length);
        }), "Export CSV");
        export.addClassName("tickets-export");
        HorizontalLayout actions = new HorizontalLayout(export, create);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout toolbar = new HorizontalLayout(switcher, actions);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);

        configureGrid();
        add(toolbar, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.restore(event.getLocation().getQueryParameters());
        TicketViews.carryFilters(switcher, filters.toQueryParameters());
        shownFilter = filters.filter();
        grid.getDataProvider().refreshAll();
        grid.setEmptyStateComponent(emptyState());
    }

    private void configureGrid() {
        grid.addComponentColumn(TicketListView::numberLink).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(TicketListView::titleLink).setHeader("Title").setWidth("18rem").setFlexGrow(3);
        grid.addColumn(ticket -> ticket.modelName() == null ? "Team: " + ticket.teamName() : ticket.modelName())
                .setHeader("Model").setAutoWidth(true);
        grid.addColumn(ticket -> ticket.data().type().label()).setHeader("Type").setAutoWidth(true);
        grid.addComponentColumn(ticket -> TicketBadges.priority(ticket.data().priority())).setHeader("Priority").setAutoWidth(true);
        grid.addComponentColumn(ticket -> TicketBadges.status(ticket.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(ticket -> ticket.assigneeName() == null ? "Unassigned" : ticket.assigneeName()).setHeader("Assignee").setAutoWidth(true);
        grid.addComponentColumn(ticket -> TicketBadges.due(ticket, TicketBadges.today(clock))).setHeader("Due").setAutoWidth(true);
        grid.addColumn(ticket -> UserTime.format(ticket.updatedAt())).setHeader("Updated").setAutoWidth(true);
        grid.setItems(query -> tickets.find(shownFilter, UserTime.zone(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) tickets.count(shownFilter, UserTime.zone()));
        grid.addItemDoubleClickListener(e -> TicketViews.open(e.getItem().id()));
        grid.setSizeFull();
    }

    private void refresh() {
        shownFilter = filters.filter();
        grid.getDataProvider().refreshAll();
        grid.setEmptyStateComponent(emptyState());
        TicketViews.replaceUrl(this, PATH, filters.toQueryParameters());
        TicketViews.carryFilters(switcher, filters.toQueryParameters());
    }

    private Component emptyState() {
        if (!filters.isEmpty()) {
            return new EmptyState("No tickets match these filters", "Change or clear the filters to see more tickets.",
                    new Button("Clear filters", e -> {
                        filters.clear();
                        refresh();
                    }));
        }
        if (choices.canCreate()) {
            Button create = new Button("Open the first ticket", e -> newTicket());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            return new EmptyState("No tickets yet",
                    "Track updates, retraining, security patches and reviews of your models here.", create);
        }
        return new EmptyState("No tickets yet", "Your teams have no maintenance tickets.");
    }

    private void newTicket() {
        new TicketDialog(tickets, choices, null, null, saved -> TicketViews.open(saved.id())).show();
    }

    private static Component numberLink(Ticket ticket) {
        return new RouterLink(ticket.reference(), TicketView.class, new RouteParameters("ticketId", ticket.id().toString()));
    }

    private static Component titleLink(Ticket ticket) {
        RouterLink link = new RouterLink(ticket.data().title(), TicketView.class, new RouteParameters("ticketId", ticket.id().toString()));
        link.getStyle().set("font-weight", "600");
        return link;
    }
}
