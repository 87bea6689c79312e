package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.TeamPageSection;
import dev.beacon.telemetry.IngestionKeyService;

import java.time.Clock;

/** Adds the team's ingestion keys to the team page, below the members. */
@org.springframework.stereotype.Component
class IngestionKeysSection implements TeamPageSection {

    private final IngestionKeyService keys;
    private final Clock clock;

    IngestionKeysSection(IngestionKeyService keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(TeamId team) {
        return new IngestionKeysPanel(keys, team, clock);
    }
}
