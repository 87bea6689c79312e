package dev.beacon.maintenance.ui;

import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketService;
import dev.beacon.shared.ui.FieldErrors;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;

/**
 * Moves a ticket to another status the same way from the board (drag, "Move to…") and the ticket page: completing
 * work on a model asks for the new version label first (required for a model update or retraining); the service decides, and a refused move shows its
 * reason ("A done ticket can only be reopened"); a lost race offers to reload.
 */
final class TicketMoves {

    private TicketMoves() {
    }

    static void move(TicketService tickets, Ticket ticket, TicketStatus target, Runnable onMoved) {
        if (target == ticket.status()) {
            return;
        }
        if (target == TicketStatus.DONE && ticket.status().canMoveTo(target) && ticket.model() != null) {
            new VersionLabelDialog(tickets, ticket, onMoved).show();
            return;
        }
        boolean moved = FormSubmission.succeeded(new FieldErrors(),
                () -> tickets.move(ticket.id(), ticket.version(), target, null));
        if (moved) {
            announce(ticket, target);
            onMoved.run();
        }
    }

    /** The words on a button that moves a ticket there. */
    static String action(TicketStatus from, TicketStatus target) {
        return switch (target) {
            case OPEN -> from == TicketStatus.IN_PROGRESS ? "Back to open" : "Reopen";
            case IN_PROGRESS -> "Start work";
            case DONE -> "Mark done";
            case WONT_DO -> "Won't do";
        };
    }

    static void announce(Ticket ticket, TicketStatus target) {
        Notifications.success(ticket.reference() + " moved to " + target.label());
    }
}
