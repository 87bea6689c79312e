package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketService;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;

/**
 * Completing work on a model asks for the version now in service: a model update or retraining must name it; other
 * work (a security patch that changed the runtime's image, say) may. The label goes into the model's version history
 * and onto its charts, so the change shows next to its effect.
 */
class VersionLabelDialog extends FormDialog {

    private final TicketService tickets;
    private final Ticket ticket;
    private final Runnable onMoved;
    final TextField label = new TextField("New version label");

    VersionLabelDialog(TicketService tickets, Ticket ticket, Runnable onMoved) {
        super("Complete " + ticket.reference(), "Mark done");
        this.tickets = tickets;
        this.ticket = ticket;
        this.onMoved = onMoved;
        boolean required = ticket.data().type().changesModelVersion();
        label.setPlaceholder(required ? "e.g. v2.1 or 2026-11-30" : "Leave empty if the version did not change");
        label.setHelperText("The version now in service; it appears in the model's version history and as a marker on its charts.");
        label.setMaxLength(80);
        label.setRequiredIndicatorVisible(required);
        form.add(new Paragraph(ticket.data().type().label() + " of " + ticket.modelName() + " is done."
                + (required ? " Which version of the model is in service now?" : " Did it change the model's version?")), label);
        errors.bind("versionLabel", label);
    }

    void show() {
        openFocused(label);
    }

    @Override
    protected boolean save() {
        boolean moved = FormSubmission.succeeded(errors,
                () -> tickets.move(ticket.id(), ticket.version(), TicketStatus.DONE,
                        label.getValue().isBlank() ? null : label.getValue().strip()));
        if (moved) {
            TicketMoves.announce(ticket, TicketStatus.DONE);
            onMoved.run();
        }
        return moved;
    }
}
