package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketPriority;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.UserTime;

import java.time.Clock;
import java.time.LocalDate;

/** How a ticket's status, priority and due date look everywhere: always with words, never colour alone. */
final class TicketBadges {

    private TicketBadges() {
    }

    /** Today in the user's zone: what "overdue" and "due soon" mean to the person looking. */
    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(UserTime.zone()));
    }

    static Span status(TicketStatus status) {
        Span badge = Badges.badge(status.label(), switch (status) {
            case OPEN -> Badges.Tone.NEUTRAL;
            case IN_PROGRESS -> Badges.Tone.WARNING;
            case DONE -> Badges.Tone.SUCCESS;
            case WONT_DO -> Badges.Tone.CONTRAST;
        });
        badge.addClassName("ticket-status");
        return badge;
    }

    static Span priority(TicketPriority priority) {
        Span badge = Badges.badge(priority.label(), switch (priority) {
            case LOW, NORMAL -> Badges.Tone.NEUTRAL;
            case HIGH -> Badges.Tone.WARNING;
            case URGENT -> Badges.Tone.ERROR;
        });
        badge.addClassName("ticket-priority");
        return badge;
    }

    /** "Overdue · 2026-11-28" in red, "Due soon · 2026-12-01" in amber, otherwise the plain date; "—" without one. */
    static Component due(Ticket ticket, LocalDate today) {
        LocalDate due = ticket.data().dueDate();
        if (due == null) {
            return new Span("—");
        }
        Span shown;
        if (ticket.overdue(today)) {
            shown = Badges.badge("Overdue · " + due, Badges.Tone.ERROR);
            shown.addClassName("ticket-overdue");
        } else if (ticket.dueSoon(today)) {
            shown = Badges.badge("Due soon · " + due, Badges.Tone.WARNING);
            shown.addClassName("ticket-due-soon");
        } else {
            shown = new Span(due.toString());
        }
        shown.addClassName("ticket-due");
        return shown;
    }
}
