package dev.beacon.security;

import dev.beacon.shared.TeamId;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log.
 *
 * @param actorApiToken the personal API token the actor used (REST API), or null
 * @param before JSON of the changed fields before the change, or null
 * @param after  JSON of the changed fields after the change, or null
 */
public record AuditEntry(long id, Instant occurredAt, String actorName, UUID actorApiToken, TeamId team, String teamName,
                         String entityType, String entityName, String action, String summary,
                         String before, String after) {
}
