package dev.beacon.maintenance;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;

import java.time.Instant;

/**
 * A ticket changed status. Published inside the moving transaction, so a synchronous listener's writes (e.g. the
 * model's version history when a model update is done) commit or roll back with the move.
 *
 * @param model           null for team-wide work
 * @param actor           who moved it; null when Beacon did
 * @param newVersionLabel the version label given when completing a model update or retraining; null otherwise
 */
public record TicketMoved(TicketId ticket, TeamId team, ModelId model, TicketType type, TicketStatus from,
                          TicketStatus to, Instant at, UserId actor, String newVersionLabel) {
}
