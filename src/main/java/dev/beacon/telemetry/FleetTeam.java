package dev.beacon.telemetry;

import dev.beacon.shared.TeamId;

import java.util.List;

/** A team's models in the fleet overview, in the overview's order. */
public record FleetTeam(TeamId id, String name, List<FleetModel> models) {

    public FleetTeam {
        models = List.copyOf(models);
    }

    public long count(ModelHealth health) {
        return models.stream().filter(model -> model.healthLevel() == health).count();
    }
}
