package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketDetails;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.Notifications;

/**
 * The ticket's number and title with its status, priority and type; where it belongs (team, model link, the alert
 * rule it came from); and what the reader may do: the workflow's next moves, Edit, and for OWNERs Delete.
 */
class TicketHeader extends Div {

    private final TicketService tickets;
    private final Ticket ticket;

    TicketHeader(TicketService tickets, TicketChoices choices, TicketDetails details, Runnable onChange) {
        this.tickets = tickets;
        this.ticket = details.ticket();
        addClassName("ticket-header");
        H2 title = new H2(ticket.reference() + " " + ticket.data().title());
        title.getStyle().set("margin", "0");
        HorizontalLayout badges = new HorizontalLayout(TicketBadges.status(ticket.status()),
                TicketBadges.priority(ticket.data().priority()), Badges.badge(ticket.data().type().label(), Badges.Tone.CONTRAST));
        badges.setSpacing(true);
        badges.setAlignItems(FlexComponent.Alignment.CENTER);

        Div whereabouts = new Div(new Span(ticket.teamName()));
        whereabouts.addClassName("ticket-whereabouts");
        if (ticket.model() != null) {
            whereabouts.add(new Span(" · "), link("models/" + ticket.model(), ticket.modelName(), "ticket-model-link"));
        }
        if (ticket.alertRule() != null && ticket.model() != null) {
            whereabouts.add(new Span(" · "), link("models/" + ticket.model() + "?tab=alerts",
                    "Opened from an alert rule", "ticket-rule-link"));
        }

        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("ticket-actions");
        boolean canEdit = details.myRole().includes(TeamRole.EDITOR);
        if (canEdit) {
            for (TicketStatus target : ticket.status().nextStatuses()) {
                Button move = new Button(TicketMoves.action(ticket.status(), target),
                        event -> TicketMoves.move(tickets, ticket, target, onChange));
                if (target == TicketStatus.IN_PROGRESS || target == TicketStatus.DONE) {
                    move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                actions.add(move);
            }
            actions.add(new Button("Edit", VaadinIcon.EDIT.create(),
                    event -> new TicketDialog(tickets, choices, ticket, null, saved -> onChange.run()).show()));
        }
        if (details.myRole().includes(TeamRole.OWNER)) {
            Button delete = new Button("Delete", VaadinIcon.TRASH.create(), event -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        HorizontalLayout top = new HorizontalLayout(new Div(title, badges, whereabouts), actions);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(FlexComponent.Alignment.START);
        add(top);
    }

    private static Anchor link(String href, String text, String className) {
        Anchor link = new Anchor(href, text);
        link.getElement().setAttribute("router-link", true);
        link.addClassName(className);
        return link;
    }

    private void confirmDelete() {
        ConfirmDialogs.confirmDestructive("Delete " + ticket.reference() + "?",
                "The ticket, its comments and its history are deleted for good. To keep them, mark it Won't do instead.",
                "Delete ticket", () -> {
                    try {
                        tickets.delete(ticket.id(), ticket.version());
                        Notifications.success("Deleted " + ticket.reference());
                        getUI().ifPresent(ui -> ui.navigate(TicketListView.class));
                    } catch (StaleDataException e) {
                        Notifications.error(e.getMessage());
                    }
                });
    }
}
