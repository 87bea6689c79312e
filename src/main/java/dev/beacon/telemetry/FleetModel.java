package dev.beacon.telemetry;

import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.util.List;

/**
 * One model as the fleet overview shows it.
 *
 * @param probeEnabled whether Beacon probes the model's server
 * @param lastProbe    the latest probe (outcome UP, STARTING or DOWN), null when never probed
 * @param lastHour     the sparkline's data
 */
public record FleetModel(ModelId id, TeamId team, String teamName, String name, ModelRuntime runtime,
                         String versionLabel, ModelStatus status, List<String> tags, boolean probeEnabled,
                         HealthVerdict health, FleetFigures figures, MonitorCheck lastProbe, FleetSparkline lastHour) {

    public FleetModel {
        tags = List.copyOf(tags);
    }

    public ModelHealth healthLevel() {
        return health.health();
    }
}
