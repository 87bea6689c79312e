package dev.beacon.maintenance;

import dev.beacon.maintenance.internal.JooqScheduleRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the ticket a schedule waits for, inside the moving transaction: done or won't do sets the next date by
 * the schedule's rule from that moment ({@link ScheduleRecurrence#nextAfterCompletion}; done also counts as the last
 * completion), reopening it makes the schedule wait again. Only the schedule's latest ticket counts.
 */
@Component
class ScheduleCompletion {

    private final JooqScheduleRepository repository;
    private final TicketService tickets;

    ScheduleCompletion(JooqScheduleRepository repository, TicketService tickets) {
        this.repository = repository;
        this.tickets = tickets;
    }

    @EventListener
    void on(TicketMoved moved) {
        if (moved.from().isOpen() == moved.to().isOpen()) {
            return;
        }
        Ticket ticket = tickets.get(moved.ticket());
        if (ticket.schedule() == null) {
            return;
        }
        repository.recurrenceOfCurrent(ticket.schedule(), ticket.id()).ifPresent(recurrence -> {
            if (moved.to().isOpen()) {
                repository.reopened(ticket.schedule());
            } else {
                repository.closed(ticket.schedule(), moved.at(), moved.to() == TicketStatus.DONE,
                        recurrence.nextAfterCompletion(moved.at()));
            }
        });
    }
}
