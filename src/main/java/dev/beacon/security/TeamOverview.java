package dev.beacon.security;

import dev.beacon.shared.TeamId;

/**
 * A team as listed on "My teams" or the teams admin page.
 *
 * @param myRole the current user's role, or null when an ADMIN sees a team they are not a member of
 */
public record TeamOverview(TeamId id, int version, String name, String description, int memberCount, TeamRole myRole) {
}
