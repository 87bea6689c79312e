package dev.beacon.telemetry;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every model the user can see that matches the filter, grouped by team.
 *
 * @param asOf      when the figures were read
 * @param counts    how many models have each health, among those matching every filter but the health one
 *                  (so the counts say what choosing another health would show)
 * @param teams     the teams with models to show, in the overview's order
 * @param truncated true when the user's teams run more models than the overview shows at once
 */
public record FleetOverview(Instant asOf, Map<ModelHealth, Integer> counts, List<FleetTeam> teams, boolean truncated) {

    public FleetOverview {
        EnumMap<ModelHealth, Integer> all = new EnumMap<>(ModelHealth.class);
        for (ModelHealth health : ModelHealth.values()) {
            all.put(health, counts.getOrDefault(health, 0));
        }
        counts = Map.copyOf(all);
        teams = List.copyOf(teams);
    }

    public int count(ModelHealth health) {
        return counts.get(health);
    }

    /** The models shown, team after team. */
    public Stream<FleetModel> models() {
        return teams.stream().flatMap(team -> team.models().stream());
    }

    /** Models matching every filter but the health one. */
    public int matching() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
