package dev.beacon.maintenance;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;

import java.time.Instant;

/**
 * A ticket got a new assignee (also when it was opened with one). Published inside the saving transaction.
 *
 * @param previous the assignee before; null when it had none
 * @param assignee the new assignee; null when it was unassigned
 * @param actor    who did it; null when Beacon did
 */
public record TicketAssigned(TicketId ticket, TeamId team, ModelId model, UserId previous, UserId assignee,
                             Instant at, UserId actor) {
}
