package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketSilence;
import dev.beacon.maintenance.TicketSilenceService;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;

/**
 * The ticket page's "Alerts while in progress" section for open work on a model: whether moving it to In progress
 * silences the model's alert notifications (EDITORs change it; in progress it takes effect at once) and whether it
 * does now.
 */
@org.springframework.stereotype.Component
class TicketSilenceSection implements TicketPageSection {

    private final TicketSilenceService silences;
    private final TicketService tickets;

    TicketSilenceSection(TicketSilenceService silences, TicketService tickets) {
        this.silences = silences;
        this.tickets = tickets;
    }

    @Override
    public String label() {
        return "Alerts while in progress";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(Ticket ticket) {
        if (ticket.model() == null || !ticket.status().isOpen()) {
            return null;
        }
        boolean canEdit = tickets.myRole(ticket.id()).includes(TeamRole.EDITOR);
        Div section = new Div();
        section.addClassName("ticket-silence");
        Span state = new Span();
        Checkbox silence = new Checkbox("Silence " + ticket.modelName() + "'s alert notifications while this ticket is in progress");
        silence.setHelperText("Alerts are still evaluated and kept in the history; the silence ends when the ticket leaves "
                + "In progress, after 30 days at the latest.");
        silence.setReadOnly(!canEdit);
        show(silences.status(ticket.id()), silence, state);
        silence.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                show(silences.choose(ticket.id(), event.getValue()), silence, state);
                Notifications.success(event.getValue() ? "Notifications will be silenced while in progress" : "Notifications will not be silenced");
            }
        });
        section.add(silence, new Div(state));
        return section;
    }

    private static void show(TicketSilence status, Checkbox silence, Span state) {
        silence.setValue(status.silenceWhileInProgress());
        state.setText(status.silencedUntil() == null ? "Not silenced now."
                : "Silenced now, until the ticket leaves In progress (at the latest " + UserTime.format(status.silencedUntil()) + ").");
    }
}
