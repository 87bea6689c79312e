package dev.beacon.maintenance;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;

import java.time.Instant;

/**
 * Someone commented on a ticket. Published inside the commenting transaction.
 *
 * @param author null when Beacon wrote the comment
 */
public record TicketCommented(TicketId ticket, TeamId team, ModelId model, UserId author, Instant at) {
}
