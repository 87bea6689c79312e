package dev.beacon.maintenance;

import dev.beacon.security.TeamRole;

import java.util.List;

/**
 * Everything the ticket page shows: the ticket, its comments (oldest first), its history (oldest first) and the
 * reader's role in its team, to decide which actions to offer.
 */
public record TicketDetails(Ticket ticket, List<TicketComment> comments, List<TicketChange> changes, TeamRole myRole) {
}
