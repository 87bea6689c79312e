package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.beacon.alerting.AlertActions;
import dev.beacon.alerting.RuleId;
import dev.beacon.alerting.RuleOverview;
import dev.beacon.maintenance.AlertTicket;
import dev.beacon.maintenance.AlertTicketService;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketPaths;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.Notifications;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The "Ticket" column of a model's Alerts tab: the rule's open ticket as a link ("#12"), or, on an active alert without
 * one, "Open ticket" for EDITORs — an incident ticket prefilled from the alert, whose page opens at once.
 */
@org.springframework.stereotype.Component
class AlertTicketColumn implements AlertActions {

    private final AlertTicketService alertTickets;

    AlertTicketColumn(AlertTicketService alertTickets) {
        this.alertTickets = alertTickets;
    }

    @Override
    public String header() {
        return "Ticket";
    }

    @Override
    public Function<RuleOverview, Component> cells(ModelId model, List<RuleOverview> rules, boolean canEdit, Runnable refresh) {
        Map<RuleId, AlertTicket> open = alertTickets.openTickets(model);
        return rule -> {
            AlertTicket ticket = open.get(rule.rule().id());
            if (ticket != null) {
                Anchor link = new Anchor(TicketPaths.path(ticket.ticket()), ticket.reference());
                link.addClassName("alert-ticket");
                return link;
            }
            return canEdit && rule.currentState().isActive() ? openButton(rule) : null;
        };
    }

    private Component openButton(RuleOverview rule) {
        Button open = new Button("Open ticket", VaadinIcon.CLIPBOARD_TEXT.create(), event -> {
            try {
                Ticket ticket = alertTickets.openFromAlert(rule.rule().id());
                Notifications.success("Opened ticket " + ticket.reference());
                UI.getCurrent().navigate(TicketPaths.path(ticket.id()));
            } catch (InvalidInputException e) {
                Notifications.error(e.getMessage());
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.setAriaLabel("Open an incident ticket for " + rule.rule().data().summary());
        return open;
    }
}
