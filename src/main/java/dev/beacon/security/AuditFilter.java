package dev.beacon.security;

import dev.beacon.shared.TeamId;

/**
 * Narrows the audit log.
 *
 * @param team       only this team's entries, or null for all visible entries
 * @param text       matched against actor, entity name and summary, or blank
 * @param entityType e.g. "Model", or null for all types
 */
public record AuditFilter(TeamId team, String text, String entityType) {

    public static AuditFilter all() {
        return new AuditFilter(null, "", null);
    }
}
