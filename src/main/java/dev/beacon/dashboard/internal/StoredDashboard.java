package dev.beacon.dashboard.internal;

import dev.beacon.dashboard.DashboardDefinition;
import dev.beacon.dashboard.DashboardId;
import dev.beacon.dashboard.Visibility;
import dev.beacon.shared.TeamId;

import java.time.Instant;
import java.util.List;

/** A dashboard as stored, with the reading user's favourite and home marks. */
public record StoredDashboard(DashboardId id, int version, TeamId team, String teamName, String name, String description,
                              Visibility visibility, Instant updatedAt, String updatedBy, List<StoredPanel> panels,
                              boolean favourite, boolean home) {

    /** Settings and panels with every model, for audit entries and as the basis of a save. */
    public DashboardDefinition toDefinition() {
        return new DashboardDefinition(name, description, visibility, panels.stream().map(StoredPanel::toData).toList());
    }
}
