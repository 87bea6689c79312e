package dev.beacon.security;

import dev.beacon.shared.TeamId;

/**
 * What an audit entry is about.
 *
 * @param team the team the entity belongs to, or null for users and other global entities
 * @param type the kind of entity, e.g. "Model", "User"
 */
public record AuditSubject(TeamId team, String type, String id, String name) {

    /** Sign-ins, failed sign-ins, lockouts and unlocks of a username or a client address; for ADMINs only. */
    public static AuditSubject signIn(String id, String name) {
        return new AuditSubject(null, "Sign-in", id, name);
    }
}
