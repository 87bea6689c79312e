package dev.beacon.alerting;

import dev.beacon.shared.TeamId;

import java.util.UUID;

/** A team's recurring maintenance window; {@code modelName} is null when it covers every model of the team. */
public record MaintenanceWindow(UUID id, int version, TeamId team, String modelName, MaintenanceWindowData data) {

    public MaintenanceSchedule schedule() {
        return data.schedule();
    }
}
