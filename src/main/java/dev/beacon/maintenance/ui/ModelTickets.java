package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketFilter;
import dev.beacon.maintenance.TicketService;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.UserTime;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** A model's tickets on its page, open ones first, with "New ticket" prefilled with the model for EDITORs. */
class ModelTickets extends Div {

    /** A model's tab shows this many; the list (linked) shows them all. */
    static final int SHOWN = 200;

    ModelTickets(TicketService tickets, TicketChoices choices, Clock clock, ModelId model) {
        Grid<Ticket> grid = new Grid<>();
        addClassName("model-tickets");
        Button create = new Button("New ticket", VaadinIcon.PLUS.create(), event ->
                new TicketDialog(tickets, choices, null, model, saved -> TicketViews.open(saved.id())).show());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(choices.teamOf(model).isPresent());
        Anchor all = new Anchor(TicketListView.PATH + "?model=" + model, "All in the ticket list");
        all.getElement().setAttribute("router-link", true);
        HorizontalLayout toolbar = new HorizontalLayout(all, create);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.addComponentColumn(ticket -> new RouterLink(ticket.reference() + " " + ticket.data().title(), TicketView.class,
                new RouteParameters("ticketId", ticket.id().toString()))).setHeader("Ticket").setFlexGrow(3);
        grid.addColumn(ticket -> ticket.data().type().label()).setHeader("Type").setAutoWidth(true);
        grid.addComponentColumn(ticket -> TicketBadges.priority(ticket.data().priority())).setHeader("Priority").setAutoWidth(true);
        grid.addComponentColumn(ticket -> TicketBadges.status(ticket.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(ticket -> ticket.assigneeName() == null ? "Unassigned" : ticket.assigneeName()).setHeader("Assignee").setAutoWidth(true);
        grid.addComponentColumn(ticket -> TicketBadges.due(ticket, TicketBadges.today(clock))).setHeader("Due").setAutoWidth(true);
        grid.addColumn(ticket -> UserTime.format(ticket.updatedAt())).setHeader("Updated").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new EmptyState("No tickets for this model",
                "Open one for an update, a retraining, a security patch or a review."));
        grid.setItems(openFirst(tickets.find(TicketFilter.none().withModel(model), 0, SHOWN)));
        add(toolbar, grid);
    }

    /** Open and in-progress tickets before closed ones; within each, the service's order stays. */
    static List<Ticket> openFirst(List<Ticket> found) {
        return found.stream().sorted(Comparator.comparing(ticket -> !ticket.status().isOpen())).toList();
    }
}
