package dev.beacon.maintenance;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Whether the work helped: a done ticket's model's figures over equal windows before and after its completion (see
 * {@link BeforeAfter}), for VIEWERs of the ticket's team; other teams' tickets answer "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class BeforeAfterService {

    private final TicketService tickets;
    private final BeforeAfterReader reader;
    private final Clock clock;

    BeforeAfterService(TicketService tickets, BeforeAfterReader reader, Clock clock) {
        this.tickets = tickets;
        this.reader = reader;
        this.clock = clock;
    }

    /** The comparison around the ticket's completion; empty for team-wide work and for tickets not done. */
    @Transactional(readOnly = true)
    public Optional<BeforeAfter> forTicket(TicketId id) {
        Ticket ticket = tickets.get(id);
        if (ticket.model() == null || ticket.status() != TicketStatus.DONE || ticket.closedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(reader.read(ticket.model(), ticket.closedAt(), clock.instant()));
    }
}
