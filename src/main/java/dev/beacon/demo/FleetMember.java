package dev.beacon.demo;

import dev.beacon.registry.ModelEntry;
import dev.beacon.registry.ModelStatus;
import dev.beacon.simulator.HistoryPlan;
import dev.beacon.simulator.SimulatedModel;

import java.time.Instant;

/** A demo model as the simulated fleet runs it: the catalogue entry, the model in Beacon, and its simulated server. */
record FleetMember(DemoCatalog.DemoModel demo, ModelEntry entry, SimulatedModel simulated) {

    String name() {
        return simulated.name();
    }

    String team() {
        return demo.team();
    }

    HistoryPlan history(Instant now) {
        return new HistoryPlan(entry.id(), simulated, entry.status() != ModelStatus.RETIRED,
                DemoFleetPlan.incidents(name(), now), DemoFleetPlan.score(name()).orElse(null));
    }
}
