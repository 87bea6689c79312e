package dev.beacon.security;

import dev.beacon.shared.UserId;

/** A user's membership in a team. */
public record TeamMember(UserId userId, String username, String displayName, boolean enabled, TeamRole role) {
}
