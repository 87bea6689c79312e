package dev.beacon.dashboard;

import dev.beacon.shared.TeamId;

import java.time.Instant;

/** A dashboard as one row of the dashboards list. */
public record DashboardListItem(DashboardId id, TeamId team, String teamName, String name, String description,
                                Visibility visibility, int panels, boolean favourite, boolean home, Instant updatedAt) {
}
