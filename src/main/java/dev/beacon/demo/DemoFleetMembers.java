package dev.beacon.demo;

import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.security.RunAs;
import dev.beacon.security.TeamOverview;
import dev.beacon.security.TeamService;
import dev.beacon.shared.TeamId;
import dev.beacon.simulator.SimulatedModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the demo models the simulated fleet runs: those of the catalogue that still point at their simulated
 * server. A demo model someone pointed elsewhere is left out, so its real server's data is not mixed with made-up data.
 */
@Component
@Profile("demo")
class DemoFleetMembers {

    private static final Logger log = LoggerFactory.getLogger(DemoFleetMembers.class);

    private final RunAs runAs;
    private final TeamService teams;
    private final ModelDirectory directory;

    DemoFleetMembers(RunAs runAs, TeamService teams, ModelDirectory directory) {
        this.runAs = runAs;
        this.teams = teams;
        this.directory = directory;
    }

    List<FleetMember> find(int basePort) {
        Map<String, TeamId> teamIds = runAs.user("admin", () -> teams.myTeams()).stream()
                .collect(Collectors.toMap(TeamOverview::name, TeamOverview::id, (first, second) -> first));
        List<FleetMember> members = new ArrayList<>();
        for (DemoCatalog.DemoModel demo : DemoCatalog.MODELS) {
            Optional<ModelEntry> entry = Optional.ofNullable(teamIds.get(demo.team())).stream()
                    .flatMap(team -> directory.modelsOf(team).stream())
                    .filter(model -> model.name().equalsIgnoreCase(demo.data().name()))
                    .findFirst();
            String endpoint = DemoCatalog.endpoint(demo, basePort);
            if (entry.isEmpty() || !entry.get().endpointUrl().equals(endpoint)) {
                log.info("The demo model {} does not point at its simulated server {}; the fleet leaves it out",
                        demo.data().name(), endpoint);
                continue;
            }
            members.add(new FleetMember(demo, entry.get(), simulated(demo, entry.get(), basePort)));
        }
        return members;
    }

    private static SimulatedModel simulated(DemoCatalog.DemoModel demo, ModelEntry entry, int basePort) {
        return new SimulatedModel(entry.name(), entry.runtime(), entry.servedModelName(),
                basePort + DemoCatalog.MODELS.indexOf(demo), entry.contextWindow(), demo.data().maxOutputTokens(),
                demo.data().defaultTemperature().doubleValue(), DemoFleetPlan.traffic(demo.data().name()));
    }
}
