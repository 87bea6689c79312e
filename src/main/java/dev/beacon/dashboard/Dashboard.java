package dev.beacon.dashboard;

import dev.beacon.shared.TeamId;

import java.time.Instant;
import java.util.List;

/**
 * A dashboard as the current user sees it; {@code version} is the optimistic-locking counter.
 *
 * @param editable  whether the user may change it (an Editor or Owner of its team)
 * @param favourite whether the user starred it
 * @param home      whether it is the user's home page
 */
public record Dashboard(DashboardId id, int version, TeamId team, String teamName, String name, String description,
                        Visibility visibility, List<Panel> panels, boolean editable, boolean favourite, boolean home,
                        Instant updatedAt, String updatedBy) {

    public Dashboard {
        panels = List.copyOf(panels);
    }

    /** What its editor starts from: the settings and the panels with the models this user sees. */
    public DashboardDefinition toDefinition() {
        return new DashboardDefinition(name, description, visibility, panels.stream().map(Panel::toData).toList());
    }
}
